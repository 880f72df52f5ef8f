using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, who-questions for a place in a ranking: "Wer ist als Dritter ins Ziel gekommen?", "Who came third?". Results
/// name the holder beside the place in either order ("Dritter wurde der Brite Tom Ardley"), without the question's verb,
/// so the lede that restates the race and names the winners led. The name in the clause of the asked place leads; the
/// holder of another place does not. Articles invented.
/// </summary>
public sealed class RankHolderLeadTests : InventedArticlesTest
{
    public RankHolderLeadTests()
    {
        Folder.Write("news/lauf-de.txt", """
            Doppelsieg beim Bergmarathon in Tirol
            Innsbruck – Der Deutsche Lukas Feldmann und die Schweizerin Mara Gisler haben am Sonntag den Bergmarathon am Patscherkofel gewonnen.
            Feldmann lag im Ziel am Patscherkofel zwei Minuten vor dem Italiener Paolo Verri, der damit ein starkes Rennen zeigte.
            Dritter wurde der Brite Tom Ardley.
            Die Veranstalter zählten heuer mehr Starter als je zuvor.
            """);
        Folder.Write("news/race-en.txt", """
            Kenyan double at the Harbour Half Marathon
            Kenya's Joseph Kiprono and Ruth Wanjiru won the Harbour Half Marathon in Sydney on Sunday.
            Kiprono finished the Harbour Half Marathon in Sydney a minute ahead of Ethiopia's Dawit Bekele.
            Third place went to Australian hope Sam Gorman.
            Organisers said more runners than ever had entered.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wer ist beim Bergmarathon am Patscherkofel als Dritter ins Ziel gekommen?", "Tom Ardley")]
    [InlineData("Who finished third at the Harbour Half Marathon in Sydney?", "Sam Gorman")]
    public async Task The_holder_of_the_asked_place_leads(string question, string holder)
    {
        var answer = await Engine.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(holder, answer.Citations[0].Quote);
    }

    [Fact]
    public void A_deputy_holds_no_place_and_a_name_before_Dritter_wurde_is_not_its_holder()
    {
        var names = new NameDetector(new NoTermStatistics(), []);

        Assert.Empty(RankHolders.In("Die Vizepräsidentin des Verbands, Anna Kofler, eröffnete das Rennen.", 2, "de", names));
        Assert.Empty(RankHolders.In("Moser siegte vor Lukas Pichler, Dritter wurde erneut einer von hier.", 3, "de", names));
        Assert.Contains(AnswerCandidates.NameKey("Pichler"), RankHolders.In("Moser siegte, Lukas Pichler wurde Zweiter.", 2, "de", names));
    }

    [Fact]
    public async Task The_holder_of_another_place_does_not_lead()
    {
        var answer = await Engine.AskAsync("Wer ist beim Bergmarathon am Patscherkofel als Vierter ins Ziel gekommen?");

        Assert.True(answer.Abstained || !answer.Citations[0].Quote.Contains("Tom Ardley"), answer.Text);
    }
}
