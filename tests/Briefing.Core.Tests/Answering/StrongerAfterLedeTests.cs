using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, the asked fact first: a lede that restates the question with a month ("in June") or a figure of another
/// thing ("a fourth straight win") gives way to the sentence a few on in its text that states the asked kind precisely
/// ("which begins on 11 June", "after seven breaks for rain"; <c>StrongerAfterLede</c>, <c>CandidatePrecision</c>).
/// </summary>
public sealed class StrongerAfterLedeTests : InventedArticlesTest
{
    public StrongerAfterLedeTests()
    {
        Folder.Write("news/festival.txt", """
            Mara Lind to direct harbour festival
            Singer Mara Lind has been made artistic director of this year's Kelmstad harbour festival, to be held at the old docks in June.
            The songwriter follows two painters in directing twelve days of concerts and readings.
            Lind has yet to decide the programme for the festival, which begins on 14 June.
            """);
        Folder.Write("news/museum.txt", """
            Varnholm lighthouse museum celebrates
            The lighthouse museum in Varnholm was opened in 1987 by the town's fishing association.
            Its new wing will be shown to visitors on 3 May.
            The museum counts forty thousand visitors a year.
            """);
        Folder.Write("news/ferries.txt", """
            Kelmstad ferry merger approved
            Directors at both Kelmstad ferry companies have approved the merger and it is expected to conclude by the third quarter of this year.
            Nordfaehre expects the merger to boost earnings from 2027 but the deal will cost it one-off charges.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_day_of_the_month_leads_a_lede_that_gives_only_the_month()
    {
        var answer = await Engine.AskAsync("When does Mara Lind's harbour festival in Kelmstad start?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("14 June", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_lede_dated_by_a_year_keeps_the_lead()
    {
        var answer = await Engine.AskAsync("When was the Varnholm lighthouse museum opened?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("1987", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_year_of_another_event_does_not_lead_a_lede_with_a_quarter()
    {
        var answer = await Engine.AskAsync("By when is the merger of the Kelmstad ferry companies expected to conclude?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("third quarter", answer.Citations[0].Quote);
    }
}
