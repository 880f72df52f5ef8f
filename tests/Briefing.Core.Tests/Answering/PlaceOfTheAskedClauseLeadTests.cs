using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Which sentence leads a "where" answer (issue 10) when several sentences hold a place their words mark as one: the
/// sentence about the question that names the place itself, not its neighbour whose place belongs to something else
/// ("the Larks' only UK festival show"); a place in a sentence that shows what the question asks, not one in a clause
/// about someone else ("who left for a club in Ashby"); "to" before a listed place says where someone goes ("ambassador
/// to Portugal"). Grounds named like people ("Ferndale Park") are places. Articles and dictionary entries invented.
/// </summary>
public sealed class PlaceOfTheAskedClauseLeadTests : InventedArticlesTest
{
    // FreeDict lists countries with capitalised translations: that is how the engine knows them as places.
    private const string EnglishGerman = """
        UK /juːkeɪ/
        Vereinigtes Königreich <neut>
        ---
        Portugal /pɔːtʃʊɡəl/
        Portugal <neut>
        """;

    private const string GermanEnglish = """
        Portugal /pɔrtuɡal/ <neut>
        Portugal
        """;

    public PlaceOfTheAskedClauseLeadTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/hollow.txt", """
            Nightjars and Larks head the Hollow Festival
            The Nightjars and the Larks will head this summer's Hollow Festival, the organisers said on Monday.
            A month later at the Hollow Festival, the Nightjars will play at Ferndale Park on Saturday and Ashgrove Park on Sunday.
            It will be the Larks' only UK festival show of the year.
            """);
        Folder.Write("news/baird.txt", """
            Baird to leave the cabinet
            Tom Baird, the minister for trade, is to step down at the next election.
            He was promoted from the Home Office in 2002 and has served as minister for three years.
            Mr Baird, 53, is to become the government's ambassador to Portugal.
            """);
        Folder.Write("news/pike.txt", """
            Pike rejects Harbourside job
            Former Dunmore manager Alan Pike has rejected the chance to become the new manager of Harbourside.
            He was chairman Tom Reid's first choice to replace Joe Hart, who left for a club in Ashby in December.
            Pike was a manager at Coventry for five years before he went to Dunmore.
            """);
        Folder.Write("news/nachtfalter.txt", """
            Nachtfalter und Lerchen beim Waldfest
            Die Nachtfalter und die Lerchen führen heuer das Waldfest an, teilten die Veranstalter am Montag mit.
            Beim Waldfest spielen die Nachtfalter am Samstag im Ferndale Park und am Sonntag im Ashgrove Park.
            Für die Lerchen wird es der einzige Festivalauftritt in Portugal in diesem Jahr sein.
            """);
        Folder.Write("news/kogler.txt", """
            Kogler lehnt Angebot aus Ried ab
            Der frühere Wels-Trainer Franz Kogler hat das Angebot von Ried abgelehnt.
            Er war die erste Wahl von Präsident Anton Reiter als Nachfolger von Josef Hartl, der im Dezember zu einem Klub in Steyr wechselte.
            Kogler war fünf Jahre lang Trainer in Kapfenberg, bevor er nach Wels ging.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Where will the Nightjars play on Saturday at the Hollow Festival?", "Ferndale Park")]
    [InlineData("Where is Tom Baird going as ambassador?", "Portugal")]
    [InlineData("Where was Alan Pike a manager before he went to Dunmore?", "Coventry")]
    [InlineData("Wo spielen die Nachtfalter am Samstag beim Waldfest?", "Ferndale Park")]
    [InlineData("Wo war Franz Kogler Trainer, bevor er nach Wels ging?", "Kapfenberg")]
    public async Task The_place_of_the_asked_clause_leads(string question, string place)
    {
        var answer = await Engine.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(place, answer.Citations[0].Quote);
    }
}
