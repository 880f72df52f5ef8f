using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions from the off-topic check: the lexicon translates a German compound part by part
/// ("Logistikkonzern": Logistik → logistics, Konzern → group), so the compound had no English rendering of its own and
/// an English article could not show it. "Wie hoch wurde der Logistikkonzern Exel an der Börse bewertet?" over "Exel,
/// the logistics group, is valued at £2.6bn" was abstained on: only "Börse" (→ bourse) was left to check.
/// </summary>
public sealed class CompoundTopicByPartsTests
{
    private static readonly NameDetector Names = new(new WordTermStatistics(), [new ListedWords("logistikkonzern", "börse", "logistik", "konzern") { Language = "de" }]);

    private static readonly IReadOnlyList<WeightedTerm> Expansions =
    [
        new("logistics", "en", 1f) { Group = "de:Logistik" },
        new("group", "en", 1f) { Group = "de:Konzern" },
        new("bourse", "en", 1f) { Group = "de:Börse" },
    ];

    private const string Question = "Wie hoch wurde der Logistikkonzern Exel an der Börse bewertet?";

    [Fact]
    public void An_english_article_shows_a_german_compound_by_both_parts_translations()
    {
        var topic = AskedTopic.Of(Question, "de", Expansions, Names, new WordTermStatistics());
        var article = Terms("Exel the logistics group is valued at 2.6bn");

        Assert.DoesNotContain("Logistikkonzern", topic.MissingIn(article, "en"));
        Assert.Equal(0.5, topic.ShownShare(article, "en"));
    }

    /// <summary>One part alone does not show the compound; a part-by-part guess the article does not write is no evidence against it.</summary>
    [Fact]
    public void One_part_alone_does_not_show_the_compound()
    {
        var topic = AskedTopic.Of(Question, "de", Expansions, Names, new WordTermStatistics());

        Assert.Equal(0, topic.ShownShare(Terms("the group Exel is valued at 2.6bn"), "en"));
    }

    private static HashSet<string> Terms(string text) => new WordTermStatistics().AnalyzeTerms(text, "en").ToHashSet(StringComparer.Ordinal);
}
