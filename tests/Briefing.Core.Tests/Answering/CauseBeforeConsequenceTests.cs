using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, "why" questions: a sentence whose first clause says "deshalb" / "as a result" restates the decision the
/// question asks about; the cause is the sentence before it. Invented articles.
/// </summary>
public sealed class CauseBeforeConsequenceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("Deshalb verschiebt die Brauerei den Börsengang.")]
    [InlineData("Die Brauerei werde daher den Börsengang verschieben.")]
    [InlineData("As a result, the launch has been delayed until autumn.")]
    [InlineData("The club therefore cancelled the match.")]
    public void A_consequence_adverb_in_the_first_clause_points_back(string sentence) =>
        Assert.True(AnswerCandidates.RefersToCauseBefore(sentence));

    [Theory]
    [InlineData("Das Gericht sah keinen Notstand, der Streik sei somit rechtswidrig.")]
    [InlineData("The board delayed the launch because inspectors found cracks.")]
    public void A_cause_in_the_same_sentence_does_not_point_back(string sentence) =>
        Assert.False(AnswerCandidates.RefersToCauseBefore(sentence));

    private Task<Answer> AskOver(string article, string question) => OneArticleQuestion.AskAsync(_folder, article, question);

    [Fact]
    public async Task The_sentence_before_deshalb_answers_why_in_German()
    {
        var answer = await AskOver("""
            Brauerei Kessler verschiebt Börsengang
            Die Brauerei Kessler wollte im Frühjahr an die Börse gehen. Seither sind die Zinsen aber stark gestiegen und Anleger halten sich zurück. Deshalb verschiebt Kessler den Börsengang auf das kommende Jahr. Der Umsatz wuchs zuletzt um vier Prozent.
            """, "Warum verschiebt die Brauerei Kessler ihren Börsengang?");

        Assert.False(answer.Abstained);
        Assert.Contains("Zinsen", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_sentence_before_as_a_result_answers_why_in_English()
    {
        var answer = await AskOver("""
            Harbour Line delays new ferry
            Harbour Line had planned to launch its new ferry in May. Safety inspectors then found cracks in the hull of the vessel. As a result, Harbour Line has delayed the launch of the ferry until autumn. The firm carries two million passengers a year.
            """, "Why has Harbour Line delayed the launch of its new ferry?");

        Assert.False(answer.Abstained);
        Assert.Contains("cracks", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
