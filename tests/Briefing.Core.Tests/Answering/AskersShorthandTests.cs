using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Answerable questions abstained on with the right article retrieved, because the asker wrote a detail in a form the
/// article does not: a news abbreviation ("HQ", "CEO", "PM", "Mio." for headquarters, chief executive, Prime
/// Minister, Millionen), a German genitive of a name ending in a vowel ("Lulas", "Sofia Coppolas"; the stemmer keeps
/// the s) or of an acronym ("LGs", "VWs"), a generic count of people ("Wie viele Leute", "How many people") that the article words by who they are
/// ("Beschäftigte", "staff", "Einwohner"), or a total ("Auf wie viel belief sich … insgesamt?") written without "auf".
/// All articles are invented.
/// </summary>
public sealed class AskersShorthandTests : InventedArticlesTest
{
    // The dictionary tells the questions' everyday words from names, as the installed FreeDict does.
    private const string GermanEnglish = """
        Leute /lɔʏtə/ <pl>
        people
        ---
        Menschen /mɛnʃən/ <pl>
        people, humans
        ---
        Staatsbesuch /ʃtaːtsbəzuːx/ <masc>
        state visit
        ---
        Land /lant/ <neut>
        country
        ---
        Strafe /ʃtraːfə/ <fem>
        penalty, fine
        ---
        Raser /raːzɐ/ <masc>
        speeder
        ---
        Film /fɪlm/ <masc>
        film
        ---
        Hauptrolle /haʊptrɔlə/ <fem>
        leading role
        ---
        Hochwasserschutz /hoːxvasɐʃʊts/ <masc>
        flood protection
        """;

    private const string EnglishGerman = """
        besides /bɪsˈaɪdz/
        außerdem
        ---
        offices /ˈɒfɪsɪz/
        Büros <pl>
        ---
        promise /pɹˈɒmɪs/
        versprechen
        ---
        flood /flˈʌd/
        Flut <fem>
        """;

    public AskersShorthandTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/kestrel.txt", """
            Kestrel Logistics expands
            Kestrel Logistics, which has its headquarters in Leeds, will open offices in Glasgow and Bristol next year.
            The firm employs 3,200 staff across the UK.
            """);
        Folder.Write("news/brightwater.txt", """
            Brightwater names new boss
            Brightwater Energy has appointed Claire Dunmore as its new chief executive. She replaces Tom Ashby, who retires.
            """);
        Folder.Write("news/tewkesbury.txt", """
            Prime Minister visits flood town
            The Prime Minister visited the flooded town of Tewkesbury on Tuesday and promised £20m for flood defences.
            """);
        Folder.Write("news/hallstatt.txt", """
            Gemeinde Hallstatt erhält Förderung
            Die Gemeinde Hallstatt erhält vom Land Oberösterreich 3,4 Millionen Euro für den Hochwasserschutz. Die Arbeiten beginnen im Mai.
            """);
        Folder.Write("news/lula.txt", """
            Lula besucht Buenos Aires
            Brasiliens Präsident Lula da Silva ist zu einem Staatsbesuch in Argentinien eingetroffen. Er traf Präsident Javier Milei in der Casa Rosada.
            """);
        Folder.Write("news/coppola.txt", """
            Coppola dreht in Rom
            Sofia Coppola hat die Dreharbeiten zu ihrem neuen Film begonnen. Die Hauptrolle spielt Kirsten Dunst.
            """);
        Folder.Write("news/healthineers.txt", """
            Medizintechnik wächst
            Der Medizintechnikkonzern Varimed hat mehr als 50.000 Beschäftigte in über 70 Ländern. Der Aktienkurs stieg um vier Prozent.
            """);
        Folder.Write("news/grieskirchen.txt", """
            Stadt Grieskirchen wächst
            Grieskirchen zählt inzwischen 5.100 Einwohner. Der Bürgermeister plant ein neues Wohngebiet mit 80 Wohnungen.
            """);
        Folder.Write("news/ausfuhr.txt", """
            Moldawiens Ausfuhren legen kräftig zu
            Die Ausfuhren Moldawiens sind im vergangenen Jahr insgesamt um 18 Prozent gestiegen, meldete das Statistikamt in Chisinau.
            Der Wert der Ausfuhren kletterte damit auf 4,2 Milliarden Euro.
            """);
        Folder.Write("news/lg.txt", """
            Roboterball überwacht die Wohnung
            Der Elektronikkonzern LG hat einen rollenden Roboterball vorgestellt, der per App die Wohnung überwacht. Er soll 299 Euro kosten.
            """);
        Folder.Write("news/vw.txt", """
            Werk in Zwickau stellt um
            Der Autobauer VW baut sein Werk in Zwickau für Elektroautos um. Dort arbeiten 9.000 Beschäftigte.
            """);
        Folder.Write("news/raser.txt", """
            Raser in Linz gestoppt
            Ein 19-Jähriger ist in Linz mit 112 km/h durch eine Tempo-50-Zone gefahren. Die Polizei nahm ihm den Führerschein ab.
            Insgesamt stellte die Behörde ihm eine Strafe über 212,40 Euro aus.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Besides its HQ in Leeds, where does Kestrel Logistics have offices?", "Glasgow")]
    [InlineData("Who is Brightwater's new CEO?", "Claire Dunmore")]
    [InlineData("How much did the PM promise for flood defences in Tewkesbury?", "£20m")]
    [InlineData("Wie viele Mio. Euro erhält Hallstatt für den Hochwasserschutz?", "3,4 Millionen")]
    public async Task An_abbreviation_is_shown_by_the_articles_long_form(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }

    [Theory]
    [InlineData("In welches Land führt Lulas Staatsbesuch?", "Argentinien")]
    [InlineData("Wer spielt in Sofia Coppolas neuem Film die Hauptrolle?", "Kirsten Dunst")]
    // An acronym's genitive: no apostrophe, and the stemmer keeps the s after a capital.
    [InlineData("Wie viel soll LGs rollender Roboterball kosten?", "299 Euro")]
    [InlineData("Wie viele Beschäftigte hat VWs Werk in Zwickau?", "9.000")]
    public async Task A_genitive_name_is_the_name(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }

    [Theory]
    [InlineData("Wie viele Leute arbeiten bei Varimed?", "50.000")]
    [InlineData("Wie viele Menschen leben in Grieskirchen?", "5.100")]
    [InlineData("How many people work at Kestrel Logistics?", "3,200")]
    public async Task A_count_of_people_is_shown_by_any_person_noun(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }

    [Fact]
    public async Task A_total_is_answered_by_the_sum_without_auf()
    {
        var reply = await Engine.AskAsync("Auf wie viel belief sich die Strafe für den Raser in Linz insgesamt?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("212,40 Euro", reply.Text);
    }

    [Fact]
    public async Task A_total_reached_by_a_rise_is_the_level_after_auf_not_the_rise()
    {
        var reply = await Engine.AskAsync("Auf wie viel sind Moldawiens Ausfuhren insgesamt gestiegen?");

        Assert.False(reply.Abstained, reply.Text);
        // The level leads; the rise ("um 18 Prozent"), the sentence that restates the question best, does not.
        Assert.Contains("4,2 Milliarden Euro", reply.Text.Split("[1]")[0]);
    }
}
