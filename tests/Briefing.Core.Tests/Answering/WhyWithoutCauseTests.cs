using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, unanswerable "why" questions: the article about the event that says nothing of its cause was quoted as the
/// answer (a sentence about the topic). With no chosen sentence giving a cause or purpose, the answer abstains, unless
/// the lead restates most of the question (it tells the asked event itself, whose cause may go unmarked); a reason
/// introduced as one ("Begründung: …", "explaining why …", "we aimed to …") still counts as a cause.
/// Sentences and articles invented.
/// </summary>
public sealed class WhyWithoutCauseTests : IDisposable
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("Begründung der Stadträtin: Es sei keine gute Idee, den Park jetzt zu verbauen.", "de")]
    [InlineData("Die Sprecherin erklärte, warum der Park nicht verbaut werde.", "de")]
    [InlineData("Explaining why the ferry uses sails, the designer said the crossing is windy.", "en")]
    [InlineData("\"We aimed to build a ferry that is quiet,\" the designer said.", "en")]
    public void A_reason_introduced_as_one_or_an_aim_is_a_cause(string sentence, string language)
    {
        Assert.NotEmpty(AnswerCandidates.Of(sentence, AnswerType.Reason, language, Names));
    }

    [Fact]
    public async Task A_why_question_over_an_article_that_gives_no_cause_abstains()
    {
        var answer = await OneArticleQuestion.AskAsync(_folder, """
            City museum opens new west wing
            The city museum has opened a new west wing for its collection of old sea charts. The west wing was designed by a local architect. Visitors can see it on weekdays. The museum shop stays open as well.
            """, "Why did the city museum shut its east wing to visitors last winter?");

        Assert.True(answer.Abstained);
    }

    [Fact]
    public async Task A_why_question_over_an_article_that_gives_the_aim_answers()
    {
        var answer = await OneArticleQuestion.AskAsync(_folder, """
            Ferry gets sails
            The island ferry has been fitted with two large sails. Explaining why the ferry got sails, the shipyard's chief designer said: "We aimed to halve the diesel the crossing burns." The ferry returns to service on Monday.
            """, "Why was the island ferry fitted with sails?");

        Assert.False(answer.Abstained);
        Assert.Contains("diesel", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
