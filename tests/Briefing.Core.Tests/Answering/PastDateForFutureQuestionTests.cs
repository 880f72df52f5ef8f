using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A question for when something will happen (issue 10, unanswerables of the "detail" kind) is not answered by the date
/// of something that happened: "When is the Kellbrook bridge due to be completed?" over "Work on the Kellbrook bridge
/// started in 2003". When the article gives the planned date in another sentence, that sentence answers.
/// </summary>
public sealed class PastDateForFutureQuestionTests : InventedArticlesTest
{
    public PastDateForFutureQuestionTests()
    {
        Folder.Write("news/bridge.txt", """
            Kellbrook bridge works go on
            Work on the Kellbrook toll bridge over the Arden estuary started in 2003.
            The builders say the steel for the Kellbrook toll bridge comes from three mills.
            """);
        Folder.Write("news/festival.txt", """
            Varlow film festival adds a screening
            The Varlow festival was founded in 1987 by a group of film critics.
            The restored cut of the silent film Morrow Hill will be screened at the Varlow festival on 18 March.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_date_of_a_past_event_does_not_answer_when_something_will_happen()
    {
        var answer = await Engine.AskAsync("When is the Kellbrook toll bridge over the Arden estuary due to be completed?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_sentence_with_the_planned_date_answers()
    {
        var answer = await Engine.AskAsync("When will the restored cut of Morrow Hill be screened at the Varlow festival?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("18 March", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("When is the dam due to be completed?", "en", true)]
    [InlineData("When will the film be shown in public?", "en", true)]
    [InlineData("Wann soll das Urteil fallen?", "de", true)]
    [InlineData("When was the sale expected to be completed?", "en", false)]
    [InlineData("When did the firm say it will close the plant?", "en", false)]
    [InlineData("An welchem Tag soll das Giftgas erstmals verwendet worden sein?", "de", false)]
    [InlineData("Wann wurde die Brücke eröffnet?", "de", false)]
    public void A_question_asks_the_future_by_its_verbs(string question, string language, bool future) =>
        Assert.Equal(future, PastDateForFutureQuestion.AsksFuture(question, language));

    [Theory]
    [InlineData("In 2004, China increased its generating capacity by 12.6%.", "en", true)]
    [InlineData("Wembley sold the national stadium in 1999 to concentrate on gaming.", "en", true)]
    [InlineData("Die Brücke wurde im Mai 2003 eröffnet.", "de", true)]
    // The irregular pasts news tells events by most ("began", "won", "became").
    [InlineData("Construction of the dam began in 2004.", "en", true)]
    [InlineData("Labour won the election in 2001.", "en", true)]
    // A plan, a schedule, a date pointed forward to, a present perfect: the asked date may be any of them.
    [InlineData("The report will be released on 11 March.", "en", false)]
    [InlineData("A hearing - which was due to take place on Wednesday - was pushed back until 6 June.", "en", false)]
    [InlineData("The tie against Biarritz on 3 April has been switched to San Sebastian.", "en", false)]
    [InlineData("Wegen des Feuers wurde der Schulbetrieb bis zum 18. Mai eingestellt.", "de", false)]
    [InlineData("The festival on 18 March draws a crowd.", "en", false)]
    // An irregular past after "has been" is a perfect too; "since" dates a state still going on.
    [InlineData("The line has been shut in March for repairs.", "en", false)]
    [InlineData("Work has been held up since 2005.", "en", false)]
    public void A_sentence_dates_only_past_events(string sentence, string language, bool past) =>
        Assert.Equal(past, PastDateForFutureQuestion.AllDatesPast([(sentence, language)]));

    [Fact]
    public void A_sentence_without_a_date_is_not_judged() =>
        Assert.False(PastDateForFutureQuestion.AllDatesPast([("Wembley announced the planned sale.", "en")]));
}
