using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// An English question's verb translates to a German infinitive ("announce" → bekanntgeben, "resign" →
/// zurücktreten) while the report writes it inflected and split ("gab … bekannt", "trat … zurück"). The answer
/// leads with the sentence that says what was done, not with the one that restates who was where.
/// </summary>
public sealed class GermanVerbFormLeadTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        announce /ənˈaʊns/
        bekanntgeben
        ---
        mayor /mˈeɪə/
        Bürgermeisterin <fem>, Bürgermeister <masc>
        ---
        resign /ɹɪzˈaɪn/
        zurücktreten
        ---
        interior minister /ɪntˈɪəɹɪə mˈɪnɪstə/
        Innenminister <masc>
        """;

    private const string GermanEnglish = """
        bekanntgeben /bəkantɡeːbən/ <v>
        announce
        ---
        zurücktreten /tsuʁʏktʁeːtən/ <v>
        resign, step down
        """;

    public GermanVerbFormLeadTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/lindenau.txt", """
            Lindenau: Stadtrat berät über den Haushalt
            Die Bürgermeisterin von Lindenau, Jana Hof, sprach am Montag vor dem Stadtrat über den Haushalt der Stadt.
            Hof gab die Schließung des Hallenbads zum Jahresende bekannt, weil die Sanierung zu teuer sei.
            Der Stadtrat tagt wieder im März.
            """);
        Folder.Write("news/nordhafen.txt", """
            Nordhafen nach der Sturmflut
            Innenminister Karl Brandt besuchte am Dienstag die überfluteten Viertel von Nordhafen und sprach mit Helfern.
            Am Abend trat Brandt nach Kritik an den verspäteten Warnungen zurück.
            Die Aufräumarbeiten dauern an.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task What_the_mayor_announced_is_the_sentence_where_she_announces_it()
    {
        var answer = await Engine.AskAsync("What did the mayor of Lindenau announce?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("gab die Schließung des Hallenbads", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task What_happened_to_the_minister_leads_with_his_resignation()
    {
        var answer = await Engine.AskAsync("Did the interior minister of Nordhafen resign?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("trat Brandt", answer.Citations[0].Quote);
    }
}
