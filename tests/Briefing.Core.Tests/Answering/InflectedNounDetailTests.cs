using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// German capitalises every noun, so a noun is told from a name by the dictionary. FreeDict lists many nouns only in
/// the singular ("Einkauf", not "Einkäufe"): an inflected one taken for a name joined the name before it into one
/// "name" ("Wien Einkäufe") that no article writes together, and the answerable question was abstained on.
/// </summary>
public sealed class InflectedNounDetailTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        delivery /dɪlˈɪvəɹi/
        Zustellung <fem>
        """;

    private const string GermanEnglish = """
        Einkauf /aɪnkaʊf/ <masc>
        purchase, shopping
        ---
        Zeit /tsaɪt/ <fem>
        time
        ---
        Markt /maʁkt/ <masc>
        market
        ---
        Kunde /kʊndə/ <masc>
        customer
        ---
        Stunde /ʃtʊndə/ <fem>
        hour
        ---
        Raum /ʁaʊm/ <masc>
        room, area
        ---
        Wien /viːn/
        Vienna
        """;

    public InflectedNounDetailTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/express.txt", """
            Media Markt und Saturn liefern schneller
            Die Elektronikhändler Media Markt und Saturn bieten einen neuen Expressversand an.
            Im Raum Wien können Kunden ihre Einkäufe auf Wunsch nun innerhalb von drei Stunden zustellen lassen.
            Die Kosten für die Lieferung belaufen sich bei kleinen Paketen auf 12,99 Euro.
            """);
        Folder.Write("news/other.txt", """
            Neue Buslinie in Graz
            Die Stadt Graz eröffnet im Frühjahr eine neue Buslinie zum Hauptbahnhof, teilte der Bürgermeister mit.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_plural_noun_after_a_place_is_not_part_of_a_name_the_article_must_write_together()
    {
        var answer = await Engine.AskAsync("Innerhalb welcher Zeit stellen Media Markt und Saturn in Wien Einkäufe zu?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("drei Stunden", answer.Citations[0].Quote);
    }
}
