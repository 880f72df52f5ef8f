using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A how-many or how-much question answered by a figure in the article about its topic that counts or measures
/// something else (issue 10, unanswerables): the stations of a firm for its staff ("acht Nordwerk-Standorte" for "Wie
/// viele Nordwerk-Mitarbeiter"), prices for people, hours and games for viewers, the unemployed for the population, the
/// winner of a prize for a firm's profit. The bot abstains; the same articles still answer what they do give. All
/// articles are invented.
/// </summary>
public sealed class AskedCountTests : InventedArticlesTest
{
    public AskedCountTests()
    {
        Folder.Write("news/streik.txt", """
            Warnstreik bei Nordwerk in Lindau
            Die Gewerkschaft hat die Mitarbeiter von Nordwerk in Lindau erneut zum Streik aufgerufen.
            Ob auch in den anderen acht Nordwerk-Standorten in Deutschland gestreikt wird, sagte die Gewerkschaft nicht.
            """);
        Folder.Write("news/papageien.txt", """
            Zoll beschlagnahmt Papageien im Marchfeld
            Die Zollfahndung hat in einer Lagerhalle im Marchfeld 40 seltene Papageien beschlagnahmt, die einzeln jeweils mit Preisen zwischen 5.000 und 20.000 Euro gehandelt werden.
            Mehrere Personen wurden angezeigt, die genaue Zahl wollte der Zoll nicht nennen.
            """);
        Folder.Write("news/chess.txt", """
            Chess program beats Karsten Berg again
            The program Quintus beat the champion Karsten Berg in the third of five scheduled games on Saturday in Bergen, watched by fans online.
            Berg resigned after more than four hours. Quintus now leads 3:0.
            """);
        Folder.Write("news/arbeitslose.txt", """
            Weniger Arbeitslose in Nordland
            Gegenüber dem Jahr 2014 sank die Zahl der Arbeitslosen in Nordland um 1,5 Millionen und in Südland um 849.000.
            """);
        Folder.Write("news/dinner.txt", """
            Abendessen mit dem Gründer von Halvorsen Motors versteigert
            Ein Abendessen mit dem Gründer des Autobauers Halvorsen Motors wurde erneut versteigert.
            Ted Weller, Gewinner der Jahre 2010 und 2011, ließ sich das Essen insgesamt über fünf Millionen Dollar kosten.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wie viele Nordwerk-Mitarbeiter streiken in Lindau?")]
    [InlineData("Wie viele Personen wurden im Fall der Papageien im Marchfeld angezeigt?")]
    [InlineData("How many people watched the games between Quintus and Karsten Berg online?")]
    [InlineData("Wie viele Menschen lebten 2014 in Nordland?")]
    [InlineData("Wie viel Gewinn machte Halvorsen Motors im Jahr 2010?")]
    public async Task A_figure_that_counts_or_measures_something_else_does_not_answer(string question)
    {
        var reply = await Engine.AskAsync(question);

        Assert.True(reply.Abstained, reply.Text);
        Assert.Empty(reply.Citations);
    }

    [Theory]
    [InlineData("Wie viele Papageien hat der Zoll im Marchfeld beschlagnahmt?", "40")]
    [InlineData("How many games are scheduled between Quintus and Karsten Berg?", "five")]
    [InlineData("Wie viel hat Ted Weller für das Essen bezahlt?", "fünf Millionen Dollar")]
    public async Task The_same_articles_still_answer_what_they_give(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }
}
