using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A same-language synonym the lexicon knows is evidence wherever the question's own word would be: an article that
/// calls the asker's "Beschäftigte" its "Mitarbeiter" is about them (the off-topic check), also when the asker wrote
/// the word as the last part of a hyphenated compound ("Kleinwerk-Beschäftigte").
/// </summary>
public sealed class SynonymEvidenceTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        employees /ɪmˈplɔɪiːz/
        Mitarbeiter, Beschäftigte, Angestellte
        ---
        staff /stˈɑːf/
        Mitarbeiter, Beschäftigte, Personal
        ---
        street /stɹˈiːt/
        Straße
        """;

    private const string GermanEnglish = """
        Beschäftigte /bəˈʃɛftɪçtə/ <fem, masc>
        employees, staff
        ---
        Mitarbeiter /ˈmɪtʔaʁbaɪ̯tɐ/ <masc>
        employees, staff
        ---
        Straße /ˈʃtʁaːsə/ <fem>
        street
        """;

    public SynonymEvidenceTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/werk.txt", """
            Protest gegen Schließung bei Ortelwerk
            Vor dem Ortelwerk in Kleinbach demonstrierten am Montag rund 400 Mitarbeiter gegen die angekündigte Schließung.
            """);
        Folder.Write("news/markt.txt", """
            Wochenmarkt zieht um
            Der Wochenmarkt von Kleinbach findet ab Juni auf dem Kirchplatz statt, teilte die Gemeinde mit.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task An_article_that_names_the_asked_people_by_a_synonym_is_about_them()
    {
        var answer = await Engine.AskAsync("Wo gingen die Ortelwerk-Beschäftigte auf die Straße?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Kleinbach", answer.Text);
    }
}
