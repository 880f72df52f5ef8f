using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "When did Sri Lanka's civil war end, according to the UN human rights report?" (issue 10, wrong sentence; probe40-018):
/// the report's lede restates the question and dates the report by its weekday ("... heißt es in dem am Mittwoch
/// veröffentlichten Bericht"); the war's end stands further on, in fewer of the question's words ("Der ... Bürgerkrieg endete
/// im Mai 2009"). The weekday scored the lede as a date answer and it led. <c>ReportDayLead</c> lets the article's sentence
/// with a month or year lead instead. All articles are invented.
/// </summary>
public sealed class ReportDayLeadTests : InventedArticlesTest
{
    public ReportDayLeadTests()
    {
        Folder.Write("news/war.txt", """
            UN report accuses both sides in Nordland
            Both the rebels and the army of Nordland committed war crimes during the civil war, the UN human rights office said on Wednesday in a long-awaited report.

            The war lasted more than twenty years. It ended in May 2009, when the army defeated the last rebel units in the north.
            """);
        Folder.Write("news/ferry.txt", """
            Nordland ferry back in service
            The ferry between Nordland and the island of Vesta resumed service on Tuesday after a two-week strike by its crew.

            The ferry, built in 1998, carries up to 300 passengers. The crew had stopped work over pay.
            """);
        Folder.Write("news/comet.txt", """
            Astronomers spot bright comet over Kessia
            Astronomers at the Osterby observatory in Kessia discovered a bright comet on Tuesday night.
            The comet will pass closest to the Sun in March and may be visible to the naked eye.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_articles_month_and_year_lead_before_the_weekday_of_the_report()
    {
        var answer = await Engine.AskAsync("When did the civil war in Nordland end, according to the UN report?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("May 2009", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_weekday_answers_when_the_articles_year_is_about_something_else()
    {
        // "built in 1998" dates the ferry, not its return to service: it shows too little of the question to lead.
        var answer = await Engine.AskAsync("When did the ferry between Nordland and Vesta resume service?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("on Tuesday", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_weekday_answers_when_the_month_sentence_shares_only_the_subject()
    {
        // "in March" dates the comet's pass by the Sun; of "When was the comet discovered?" it shows only the comet.
        var answer = await Engine.AskAsync("When was the comet discovered?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("on Tuesday night", answer.Citations[0].Quote);
    }
}
