using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie viel Prozent holten die Sozialdemokraten laut vorläufigem Endergebnis?": the question asks a share by its own
/// word, and names the result only as where that share stands. Read as a score, no sentence stating "40,06 Prozent" had
/// the asked unit and the bot abstained (probe 59-063). Invented article.
/// </summary>
public sealed class ShareAskedBesideResultTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("Wie viel Prozent holten die Sozialdemokraten laut vorläufigem Endergebnis?")]
    [InlineData("What percentage did the Greens win according to the final score?")]
    public void A_share_asked_by_its_word_is_no_score(string question)
    {
        Assert.False(ExpectedAnswerType.AsksForTally(question));
        Assert.NotEqual(AskedUnit.Measure.Score, AskedUnit.Of(question)?.Kind);
    }

    [Fact]
    public void Wie_viel_prozent_asks_a_percentage() =>
        Assert.Equal(AskedUnit.Measure.Percent, AskedUnit.Of("Wie viel Prozent holten die Sozialdemokraten laut vorläufigem Endergebnis?")?.Kind);

    [Fact]
    public void A_result_asked_without_a_share_word_is_still_a_score() =>
        Assert.Equal(AskedUnit.Measure.Score, AskedUnit.Of("Mit welchem Endergebnis ging das Derby aus?")?.Kind);

    [Fact]
    public async Task The_share_of_the_asked_party_answers()
    {
        var answer = await OneArticleQuestion.AskAsync(_folder, """
            Bezirkswahl in Nordstadt: Sozialdemokraten verlieren deutlich
            In Nordstadt schmolz der Vorsprung drastisch. Die Sozialdemokraten schafften laut vorläufigem Endergebnis 40,06 Prozent, ein Minus von 7,87 Prozentpunkten. Die Grünen legten zu.
            """, "Wie viel Prozent holten die Sozialdemokraten in Nordstadt laut vorläufigem Endergebnis?");

        Assert.False(answer.Abstained);
        Assert.Contains("40,06 Prozent", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
