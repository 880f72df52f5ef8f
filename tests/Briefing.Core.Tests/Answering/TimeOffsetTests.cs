using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How long was Jacques Santini's contract at Tottenham supposed to run?" over "Arnesen countered criticism at the timing
/// of the announcement, coming less than 24 hours before Tottenham's Premiership fixture with Charlton." (probe54-011): the
/// first article's one duration dates the announcement, it measures no contract, so it is no sole figure of the asked
/// span (<c>TimeOffset</c>, <c>SoleMeasureOfArticle</c>). A span that lasts still answers. All articles are invented.
/// </summary>
public sealed class TimeOffsetTests : InventedArticlesTest
{
    public TimeOffsetTests()
    {
        Folder.Write("news/marlow.txt", """
            Harwick coach Dario Velt resigns
            Harwick coach Dario Velt has resigned after a string of poor results, the club said on Friday. Velt had joined from a French side in the summer. His assistant will lead the team for now.

            The club's director defended the timing of the announcement, coming less than 24 hours before the weekend league match. Supporters had called for a change for weeks.
            """);
        Folder.Write("news/brenner.txt", """
            Ostvale sign striker Tomas Brenner
            Ostvale have signed striker Tomas Brenner from a Danish club, the team said on Monday. Brenner scored twelve goals last season and is known for his pace.

            The striker agreed a deal for three years with an option for a fourth. Fans welcomed the move on social media.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_span_that_dates_an_announcement_is_no_contracts_length()
    {
        var answer = await Engine.AskAsync("How long was Dario Velt's contract at Harwick supposed to run?");
        Assert.DoesNotContain("24 hours", answer.Citations.FirstOrDefault()?.Quote ?? "");
    }

    [Fact]
    public async Task A_span_that_lasts_still_answers()
    {
        var answer = await Engine.AskAsync("How long is Tomas Brenner's contract at Ostvale?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("three years", answer.Citations[0].Quote);
    }
}
