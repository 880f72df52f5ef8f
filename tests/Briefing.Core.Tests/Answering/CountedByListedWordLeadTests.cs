using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How many seats can candidates register for in Egypt's parliamentary election?" over "Ab Dienstag können sich die
/// Kandidaten für die 568 Mandate registrieren lassen" (issue 10, false abstentions): the figure counts the dictionary's
/// word for the asked seats, so it states the asked count as fully as "568 Sitze" would. Read as a figure that merely
/// shows the unit, it repeated too little of the question to lead beside the article's sentence about the seats' share,
/// and the question was abstained on.
/// </summary>
public sealed class CountedByListedWordLeadTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        seats /sˈiːts/
        Sitze <pl>, Plätze <pl>
        ---
        seat /sˈiːt/
        Mandat <neut>, Abgeordnetensitz <masc>
        ---
        candidates /kˈændɪdeɪts/
        Kandidaten <pl>
        ---
        election /ɪlˈɛkʃən/
        Wahl <fem>
        ---
        parliamentary /pɑːləmˈɛntəɹi/
        parlamentarisch
        """;

    private const string GermanEnglish = """
        Mandate /mandˈɑːtə/ <pl>
        mandates
        ---
        Sitze /zˈɪtsə/ <pl>
        seats
        """;

    public CountedByListedWordLeadTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/wahl.txt", """
            Parlamentswahl in Ruritanien im Herbst
            Die Parlamentswahl in Ruritanien soll zwischen Mitte Oktober und Anfang Dezember stattfinden, teilte die Wahlkommission mit.
            Rund 80 Prozent der Sitze im Parlament von Ruritanien werden bei der Wahl über das Mehrheitswahlrecht in Wahlkreisen vergeben, Kandidaten der Parteien treten dort gegeneinander an.
            Die übrigen Abgeordneten kommen über Listen der Parteien ins Parlament.
            Die Opposition kritisiert das System seit Jahren als ungerecht.
            Ab Dienstag kann man sich für die 312 Mandate registrieren lassen.
            """);
        // English articles make the dictionary's renderings words of the index.
        Folder.Write("news/elections.txt", """
            Seats in Kendal
            The election in Kendal decides 12 seats, and candidates register at the town hall.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Mandates_state_the_asked_count_of_seats()
    {
        var answer = await Engine.AskAsync("How many seats can candidates register for in Ruritania's parliamentary election?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("312 Mandate", answer.Text);
    }
}
