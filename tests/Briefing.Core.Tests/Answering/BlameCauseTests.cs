using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, "why" questions answered by the gold article's wrong sentence: a cause given as the blame predicate
/// ("Schuld ist ...", "ist schuld an ...", "was to blame") held no cause marker, so the sentence that restates the asked
/// event led. Sentences and articles invented.
/// </summary>
public sealed class BlameCauseTests : IDisposable
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("Schuld ist die linke Hirnhälfte, die nicht zur Ruhe kommt.", "de")]
    [InlineData("Die Hitze ist schuld an den Ausfällen.", "de")]
    [InlineData("Poor weather was to blame for the delays.", "en")]
    [InlineData("Officials said a faulty valve was partly to blame.", "en")]
    public void Blame_gives_a_reason(string sentence, string language)
    {
        Assert.NotEmpty(AnswerCandidates.Of(sentence, AnswerType.Reason, language, Names));
    }

    [Theory]
    [InlineData("Die Schulden der Stadt stiegen im Vorjahr.", "de")]
    [InlineData("Die Bahn entschuldigte sich bei den Fahrgästen.", "de")]
    [InlineData("The minister was asked to blame nobody.", "en")]
    public void Debts_apologies_and_other_uses_give_none(string sentence, string language)
    {
        Assert.Empty(AnswerCandidates.Of(sentence, AnswerType.Reason, language, Names));
    }

    [Fact]
    public async Task The_blamed_cause_after_the_restating_sentence_answers()
    {
        var answer = await OneArticleQuestion.AskAsync(_folder, """
            Zugausfälle in Nordstadt
            In Nordstadt sind am Montag zahlreiche Züge ausgefallen. Schuld war ein defektes Stellwerk am Hauptbahnhof. Die Bahn entschuldigte sich bei den Fahrgästen.
            """, "Warum sind in Nordstadt am Montag Züge ausgefallen?");

        Assert.False(answer.Abstained);
        Assert.Contains("Stellwerk", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
