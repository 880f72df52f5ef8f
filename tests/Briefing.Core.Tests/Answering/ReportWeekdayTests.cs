using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wann wurde die Frundsberg-Kaserne in Vomp gebaut?" (issue 10, unanswerable detail; probe53-006) was answered with
/// "…, erklärte Platter am Dienstag bei der Pressekonferenz": the weekday dates the governor's statement, not the
/// building of the barracks, which the article never dates. <c>ReportWeekday</c> reads a weekday beside a verb of
/// saying as the day of a statement; a when-question answered by nothing else is abstained on. All articles are invented.
/// </summary>
public sealed class ReportWeekdayTests : InventedArticlesTest
{
    public ReportWeekdayTests()
    {
        Folder.Write("news/kaserne.txt", """
            Landeshauptmann kämpft um die Kaserne in Nordau
            Innsbruck – Das geplante Aus für den Stützpunkt in der Brunnfeld-Kaserne in Nordau stößt auf Widerstand.
            Er werde den Bundespräsidenten in dieser Angelegenheit kontaktieren, erklärte der Landeshauptmann am Dienstag bei der Pressekonferenz.
            Die Kaserne in Nordau soll noch heuer geschlossen werden.
            """);
        Folder.Write("news/ferry.txt", """
            Nordland ferry back in service
            The ferry between Nordland and the island of Vesta resumed service on Tuesday after a two-week strike by its crew.

            The ferry carries up to 300 passengers. The crew had stopped work over pay, the operator said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_weekday_that_dates_a_statement_does_not_date_the_asked_event()
    {
        var answer = await Engine.AskAsync("Wann wurde die Brunnfeld-Kaserne in Nordau gebaut?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_weekday_of_the_event_itself_still_answers()
    {
        var answer = await Engine.AskAsync("When did the ferry between Nordland and Vesta resume service?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("on Tuesday", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Er werde klagen, erklärte der Landeshauptmann am Dienstag bei der Pressekonferenz.", "dienstag", true)]
    [InlineData("Das teilte die Polizei am Mittwochabend mit.", "mittwochabend", true)]
    [InlineData("The union said on Tuesday that talks had failed.", "tuesday", true)]
    [InlineData("On Monday, the minister told MPs the plan was dead.", "monday", true)]
    [InlineData("The ferry resumed service on Tuesday after a strike.", "tuesday", false)]
    [InlineData("The firm will pay $76 a share, 6% more than Wednesday's closing price.", "wednesday", false)]
    public void Reads_whether_a_weekday_dates_a_statement(string sentence, string weekday, bool statement) =>
        Assert.Equal(statement, ReportWeekday.DatesOnlyStatements(sentence, new HashSet<string> { weekday }));

    [Fact]
    public void A_new_calendar_date_beside_the_weekday_is_not_judged() =>
        Assert.False(ReportWeekday.DatesOnlyStatements("The union said on Tuesday the strike begins in May.", new HashSet<string> { "tuesday", "may" }));

    [Theory]
    [InlineData("Wann hat der Minister seinen Rücktritt angekündigt?", true)]
    [InlineData("When did police confirm the arrest?", true)]
    [InlineData("Wann wurde die Kaserne gebaut?", false)]
    [InlineData("When will the court decide on the appeal?", false)]
    public void Reads_whether_the_question_asks_when_something_was_said(string question, bool asks) =>
        Assert.Equal(asks, ReportWeekday.AsksWhenSaid(question));
}
