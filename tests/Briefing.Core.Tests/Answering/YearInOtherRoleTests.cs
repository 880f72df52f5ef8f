using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A question about a year (issue 10: another year) is not answered by a sentence that says the year only as a target
/// ("expected to reach 2,000 by 2008"), in another event's name ("its coverage of Euro 2004") or as a base of comparison
/// ("gegenüber 2019"): none of them dates an event of the question's. A question that gives its year the same role is
/// answered by it, and "by" without a word of outlook says what had happened by then.
/// </summary>
public sealed class YearInOtherRoleTests : InventedArticlesTest
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), [new ListedWords("vergleichsjahr", "ende", "kosten", "jahren") { Language = "de" }]);

    public YearInOtherRoleTests()
    {
        Folder.Write("news/award.txt", """
            Osterfeld gazette up for awards
            The Osterfeld gazette leads the nominations for this year's press awards.

            The Hallbrook club won the county rowing cup, the gazette reported on its front page.

            The gazette is nominated for its coverage of Euro 2004, the county rowing cup and the local elections.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_year_said_only_in_another_events_name_does_not_date_the_asked_event()
    {
        var answer = await Engine.AskAsync("Who won the county rowing cup in 2004?");
        var undated = await Engine.AskAsync("Who won the county rowing cup?");

        // The article names the winner, so only the year keeps the dated question out.
        Assert.True(answer.Abstained, answer.Text);
        Assert.False(undated.Abstained, undated.Text);
        Assert.Contains("Hallbrook", undated.Text);
    }

    private static bool SaysAsTime(string question, string text, string language, Func<string, bool>? questionShows = null)
    {
        var years = AskedYears.Of(question);
        return YearInOtherRole.SaysAsTime(text, years, YearInOtherRole.QuestionRoles(question, language, years), language, Names, questionShows ?? (_ => false));
    }

    [Theory]
    [InlineData("The number of hotspots is expected to reach 200,000 by 2008, analysts said.", "en")]
    [InlineData("Aid to Africa will rise to £1.25bn a year by the end of 2008.", "en")]
    [InlineData("Bis Ende 2008 sollen 500 Windräder stehen.", "de")]
    [InlineData("Die Ausgaben steigen stärker, bezogen auf das letzte Vergleichsjahr 2008.", "de")]
    [InlineData("Die Zahl der Kunden stieg um zehn Prozent gegenüber 2008.", "de")]
    public void A_target_or_a_base_of_comparison_is_no_time(string sentence, string language) =>
        Assert.False(SaysAsTime(language == "en" ? "How many were there in 2008?" : "Wie viele waren es 2008?", sentence, language));

    [Theory]
    [InlineData("Sales reached 200,000 in 2008, analysts said.", "en")]
    [InlineData("In den Jahren 2004 bis 2008 investierten Anleger 700 Millionen Euro.", "de")]
    [InlineData("Von 2004 bis 2008 stieg die Zahl der Kunden.", "de")]
    // Without a word of outlook "by" says what had happened by then.
    [InlineData("The share declined from 75.8% in 1970 to 55.1% by 2008.", "en")]
    public void A_year_that_dates_or_ends_a_span_is_a_time(string sentence, string language) =>
        Assert.True(SaysAsTime(language == "en" ? "How many were there in 2008?" : "Wie viele waren es 2008?", sentence, language));

    [Fact]
    public void A_question_that_gives_its_year_the_same_role_reads_it_as_its_own()
    {
        Assert.True(SaysAsTime("How much cocoa does Nigeria want to produce by 2008?", "Nigeria hopes to produce 600,000 tonnes by 2008.", "en"));
        Assert.True(SaysAsTime("How many new PC users are expected in India in 2008?", "There will be 80 million new PC users in India by 2008.", "en"));
        Assert.True(SaysAsTime("Um wie viel Prozent stiegen die Kosten gegenüber 2008?", "Die Kosten stiegen um drei Prozent gegenüber 2008.", "de"));
    }

    [Fact]
    public void A_year_in_the_name_of_an_event_the_question_does_not_show_is_no_time()
    {
        const string question = "Who won the Tour de France in 2004?";
        const string sentence = "The Guardian was nominated for its website coverage of Euro 2004, the Tour de France and the US elections.";

        Assert.False(SaysAsTime(question, sentence, "en", word => word is "Tour" or "France"));
        // A German name before the year is mostly a person in plain word order, not an edition.
        Assert.True(SaysAsTime("Welcher UN-Chef war 1993 als Redner eingeladen?", "Als Redner war aber bereits Boutros Boutros-Ghali 1993 eingeladen.", "de"));
        Assert.False(SaysAsTime("Wer gewann 2006 den Pokal?", "Die Stadien der WM 2006 sind fertig.", "de"));
        // The question's own event: "Who won Euro 2004?" is dated by "Euro 2004".
        Assert.True(SaysAsTime("Who won Euro 2004?", sentence, "en", word => word == "Euro"));
    }
}
