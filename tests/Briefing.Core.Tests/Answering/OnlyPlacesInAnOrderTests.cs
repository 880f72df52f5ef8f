using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie viel wiegt das Football-Talent Thomas Schaffer?" was answered with "Die 50. Super Bowl bewegt ihn besonders.", and
/// "Wie viele der gesperrten Konten …?" with "Even so the title debuted at No 3 in the UK charts.": the sentences' only new
/// figure is a place in an order (a German ordinal, a rank), which says which one, not how much or how many (issue 10,
/// unanswerable questions answered). A sentence with an amount still answers; so does a place for a how-manyth-time question. (The English rank "No 3"
/// of the probe is read too; an invented article of it was abstained on by the other checks already.)
/// </summary>
public sealed class OnlyPlacesInAnOrderTests : InventedArticlesTest
{
    public OnlyPlacesInAnOrderTests()
    {
        Folder.Write("news/berger.txt", """
            Eishockey-Talent Berger wechselt nach Boston
            Lukas Berger, Österreichs größtes Eishockey-Talent, wechselt an die Elite-Uni Boston College.
            Die 40. Meisterschaft der Liga bewegt ihn besonders.
            """);
        Folder.Write("news/huber.txt", """
            Ringer-Talent Huber startet in Tokio
            Das Ringer-Talent Florian Huber startet bei der Weltmeisterschaft in Tokio.
            Der 1,90 Meter große Huber wiegt 120 Kilogramm.
            """);
        Folder.Write("news/kelby.txt", """
            Kelby gewinnt den Landespokal
            Der FC Kelby hat am Sonntag den Landespokal gewonnen.
            Der FC Kelby holte damit zum 5. Mal den Landespokal.
            """);
        // The splitter leaves "40. Rettungskräfte …" joined (two digits, then a capitalised noun): 40 ends a sentence here.
        Folder.Write("news/erdrutsch.txt", """
            Erdrutsch in Molvang
            Nach dem Erdrutsch in Molvang stieg die Zahl der Toten auf 40. Rettungskräfte suchen weiter nach Verschütteten.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_German_ordinal_weighs_nothing()
    {
        var answer = await Engine.AskAsync("Wie viel wiegt das österreichische Eishockey-Talent Lukas Berger?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_how_manyth_time_is_answered_by_an_ordinal()
    {
        var answer = await Engine.AskAsync("Zum wievielten Mal hat der FC Kelby den Landespokal gewonnen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("zum 5. Mal", answer.Text);
    }

    [Fact]
    public async Task A_weight_in_kilograms_answers()
    {
        var answer = await Engine.AskAsync("Wie viel wiegt das Ringer-Talent Florian Huber?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("120 Kilogramm", answer.Text);
    }

    [Fact]
    public async Task A_figure_that_ends_a_joined_sentence_is_no_ordinal()
    {
        var answer = await Engine.AskAsync("Wie viele Tote gab es nach dem Erdrutsch in Molvang?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("auf 40", answer.Text);
    }
}
