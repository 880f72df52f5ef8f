namespace Briefing.Core.Lexicon;

/// <summary>
/// The spellings a table of optional spelling rules gives a word: each rule that applies to it is either taken or left
/// ("Yeltsin" → "Jeltsin", "Yelzin", "Jelzin"), because which of a borrowing's letters the other language respelt no rule
/// tells. <see cref="Cognates"/> (loanwords) and <see cref="NameTransliterations"/> (foreign names) keep their own rules
/// and their own filters on what comes out; this is the one walk that combines the rules.
/// </summary>
internal static class SpellingRuleCombinations
{
    /// <summary>
    /// Every combination of the rules of <paramref name="table"/> that apply to <paramref name="word"/>, each applied in the
    /// table's order, the word as it stands (no rule taken) first.
    /// </summary>
    /// <param name="maxRules">At most this many applying rules combine, the table's first ones: n rules give 2^n spellings.</param>
    public static IEnumerable<string> Of<TRule>(string word, IEnumerable<TRule> table, Func<string, TRule, bool> appliesTo,
        Func<string, TRule, string> apply, int maxRules)
    {
        var rules = table.Where(rule => appliesTo(word, rule)).Take(maxRules).ToList();
        for (var taken = 0; taken < 1 << rules.Count; taken++)
        {
            var spelling = word;
            for (var i = 0; i < rules.Count; i++)
                if ((taken & (1 << i)) != 0) spelling = apply(spelling, rules[i]);
            yield return spelling;
        }
    }
}
