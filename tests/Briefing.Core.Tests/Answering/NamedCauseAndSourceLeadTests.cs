using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Which sentence of the right article leads (issue 10): for "why", the one naming the cause as such ("Auslöser des
/// Brandes", "der Streik somit rechtswidrig") before a "weil" that explains something else or the lede; for a figure
/// "laut Veranstaltern", the one the organisers are cited for before the lede's vague "Tausende".
/// </summary>
public sealed class NamedCauseAndSourceLeadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    // FreeDict lists these nouns, so the engine reads them as words of the language (as in production), not as names.
    private const string EnglishGerman = """
        court /x/
        Gericht <neut>
        ---
        strike /x/
        Streik <masc>
        ---
        goal /x/
        Ziel <neut>
        ---
        organiser /x/
        Veranstalter <masc>
        ---
        people /x/
        Menschen <pl>
        ---
        police /x/
        Polizei <fem>
        ---
        trade union /x/
        Gewerkschaft <fem>
        ---
        participant /x/
        Teilnehmer <masc>
        ---
        austerity package /x/
        Sparpaket <neut>
        """;

    private const string GermanEnglish = """
        Gericht /x/ <neut, n, sg>
        court <n>
        ---
        Streik /x/ <masc, n, sg>
        strike <n>
        ---
        Ziel /x/ <neut, n, sg>
        goal <n>
        ---
        Veranstalter /x/ <masc, n, sg>
        organiser <n>
        ---
        Menschen /x/ <pl, n, sg>
        people <n>
        ---
        Polizei /x/ <fem, n, sg>
        police <n>
        ---
        Gewerkschaft /x/ <fem, n, sg>
        trade union <n>
        ---
        Teilnehmer /x/ <masc, n, sg>
        participant <n>
        ---
        Sparpaket /x/ <neut, n, sg>
        austerity package <n>
        """;

    [Fact]
    public async Task Warum_wird_von_der_als_Ausloeser_genannten_Ursache_beantwortet()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        WriteArticles();
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Warum brannte es in der Lagerhalle in Leoben?");

        Assert.False(answer.Abstained);
        Assert.Contains("Heizdecke", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Die_Zahl_laut_Veranstaltern_fuehrt_vor_der_vagen_im_Vorspann()
    {
        using var engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        WriteArticles();
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Wie viele Menschen haben laut Veranstaltern in Graz demonstriert?");

        Assert.False(answer.Abstained);
        Assert.Contains("3000", answer.Citations[0].Quote);
    }

    private void WriteArticles()
    {
        _folder.Write("news/brand.txt", """
            Großbrand in Lagerhalle in Leoben
            In einer Lagerhalle in Leoben ist in der Nacht auf Sonntag ein Großbrand ausgebrochen. Rund 80 Feuerwehrleute standen im Einsatz, weil das Feuer auf ein benachbartes Wohnhaus überzugreifen drohte. Verletzt wurde niemand. Eine defekte Heizdecke gilt laut Feuerwehr als Auslöser des Brandes. Der Schaden wird auf mehrere Hunderttausend Euro geschätzt.
            """);
        _folder.Write("news/streik.txt", """
            Gericht untersagt Streik der Fluglotsen
            Das Arbeitsgericht in Frankfurt hat den geplanten Streik der Fluglotsen für unzulässig erklärt. Die Gewerkschaft wollte mit dem Ausstand eine Mitsprache bei der Einsatzplanung durchsetzen. Das Ziel sei nicht tariflich regelbar, der Streik somit rechtswidrig, befand das Gericht. Die Gewerkschaft kündigte Berufung an.
            """);
        _folder.Write("news/demo.txt", """
            Tausende demonstrieren in Graz gegen Sparpaket
            Tausende Menschen haben am Samstag in Graz gegen das Sparpaket der Landesregierung demonstriert. Der Zug führte vom Hauptbahnhof zum Landhaus. Den Veranstaltern zufolge kamen mehr als 3000 Menschen, die Polizei sprach von 1800 Teilnehmern. Zu Zwischenfällen kam es nicht.
            """);
        _folder.Write("news/feuer2.txt", """
            Brand in Wohnhaus in Graz
            In einem Wohnhaus in Graz hat es am Montag gebrannt. Die Bewohner mussten das Haus verlassen, weil dichter Rauch im Stiegenhaus stand.
            """);
    }

    public void Dispose() => _folder.Dispose();
}
