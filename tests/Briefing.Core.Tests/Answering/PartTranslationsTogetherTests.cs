using Briefing.Core.Answering;
using Briefing.Core.Tests.Llm;
using Xunit;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, unanswerable questions on a topic the corpus lacks: "Wie viel kostet das Deutschlandticket im Monat?" was
/// answered from an English film article about cinema ticket prices. The compound no article writes could not be checked
/// in English at all, though the dictionary translates each part ("German", "ticket"), and each part alone is a word
/// any English article has somewhere. Its parts' translations show it only where they stand together.
/// </summary>
public sealed class PartTranslationsTogetherTests
{
    private static readonly WordTermStatistics Statistics = new();

    private static readonly QuestionConstraint Compound =
        new("Deutschlandticket", ["Deutschlandticket", "Deutschland Ticket", "German ticket"], CrossLingual: false)
        {
            Unknown = true, Unseen = true, PartTranslations = ["German ticket"],
        };

    [Fact]
    public void Parts_scattered_over_an_article_do_not_show_the_compound()
    {
        string[] texts = ["The average cost of a cinema ticket could be as high as $6.25.", "German films did well at the box office."];

        Assert.Contains(Compound, Scattered(texts));
    }

    [Theory]
    [InlineData("The new German rail ticket costs 49 euros a month.")]
    [InlineData("Commuters bought the German ticket in millions.")]
    [InlineData("Deutschlandticket sales rose again.")]
    public void Parts_together_or_the_compound_as_written_show_it(string text) => Assert.Empty(Scattered([text]));

    private static List<QuestionConstraint> Scattered(IReadOnlyList<string> texts)
    {
        var terms = texts.SelectMany(t => Statistics.AnalyzeTerms(t, "en")).ToHashSet(StringComparer.Ordinal);
        return PartTranslations.ScatteredIn([Compound], [], terms, texts, "en", Statistics).ToList();
    }
}
