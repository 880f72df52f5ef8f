using Briefing.Core.Lexicon;
using Xunit;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// The one walk <see cref="Cognates"/> and <see cref="NameTransliterations"/> combine their spelling rules with: each rule
/// that applies to the word is taken or left, in the table's order, and the cap counts only the rules that apply.
/// </summary>
public sealed class SpellingRuleCombinationsTests
{
    private static IReadOnlyList<string> Combine(string word, (string From, string To)[] table, int maxRules = 6) =>
        SpellingRuleCombinations.Of(word, table, (text, rule) => text.Contains(rule.From, StringComparison.Ordinal),
            (text, rule) => text.Replace(rule.From, rule.To, StringComparison.Ordinal), maxRules).ToList();

    [Fact]
    public void Every_subset_of_the_applying_rules_is_taken_the_word_itself_first() =>
        Assert.Equal(["yeltsin", "jeltsin", "yelzin", "jelzin"], Combine("yeltsin", [("y", "j"), ("v", "w"), ("ts", "z")]));

    [Fact]
    public void The_cap_counts_only_rules_that_apply_and_keeps_the_first_ones() =>
        Assert.Equal(["abc", "xbc", "ayc", "xyc"], Combine("abc", [("q", "r"), ("a", "x"), ("b", "y"), ("c", "z")], maxRules: 2));

    [Fact]
    public void Rules_apply_in_the_tables_order_to_what_earlier_rules_wrote() =>
        Assert.Equal(["abx", "xx", "aby", "yy"], Combine("abx", [("ab", "x"), ("x", "y")]));

    [Fact]
    public void A_rule_counts_as_applying_only_to_the_word_as_it_stands() =>
        Assert.Equal(["ab", "x"], Combine("ab", [("ab", "x"), ("x", "y")]));
}
