using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Was kostet das Telefon des Herstellers Nexo?": Lucene's light stemmer drops a final s only after some consonants,
/// not after r, so the asked genitive "Herstellers" stayed "herstellers" while the article's "Hersteller" became
/// "herstell". The article about the maker's phone looked as if it were about something else, and the bot abstained
/// (issue 10, false abstentions). The German analysis drops that s now (GermanErGenitiveFilter). An article that lacks
/// the asked thing still does not answer. All articles are invented.
/// </summary>
public sealed class ErNounGenitiveTopicTests : InventedArticlesTest
{
    // With the dictionary the question's common nouns are topic words, not names ("Herstellers" as a name was checked
    // by its genitive base already).
    private const string EnglishGerman = """
        manufacturer /mˌænjʊfˈæktʃəɹɚ/
        Hersteller <masc>
        ---
        telephone /tˈɛlɪfˌəʊn/
        Telefon <neut>
        """;

    private const string GermanEnglish = """
        Hersteller /ˈheːɐ̯ʃtɛlɐ/ <masc, n, sg>
        manufacturer, maker
        ---
        Telefon /ˈteːləfoːn/ <neut, n, sg>
        telephone, phone
        """;

    public ErNounGenitiveTopicTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/nexo.txt", """
            Nexo bringt neues Gerät
            Der Hersteller Nexo verlangt für sein Klapphandy 199 Euro. Der Verkauf beginnt im Mai.
            """);
        Folder.Write("news/bahn.txt", """
            Neue Züge für die Westbahn
            Die Westbahn stellt im Herbst zwei neue Züge in Dienst, teilte der Betreiber am Montag mit.
            """);
        Folder.Write("news/markt.txt", """
            Handymarkt schrumpft
            Der Markt für Klapphandys ist im Vorjahr um zwölf Prozent geschrumpft, meldeten Marktforscher. Das Telefon mit Tasten bleibt bei Älteren beliebt.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_article_naming_the_maker_in_the_nominative_answers()
    {
        var answer = await Engine.AskAsync("Was kostet das Telefon des Herstellers Nexo?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("199 Euro", answer.Text);
    }

    [Fact]
    public async Task An_article_without_the_asked_thing_still_does_not_answer()
    {
        var answer = await Engine.AskAsync("Wie hoch ist die Dividende des Herstellers Nexo?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
