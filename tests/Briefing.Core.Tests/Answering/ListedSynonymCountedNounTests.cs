using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Aus wie vielen Märchen …?" over "aus den 50 Geschichten", "How many break-ins …?" over "67 Einbruchsdiebstähle"
/// (issue 10, false abstentions): the article counts the asked things by another word, which the dictionary lists as the
/// noun's synonym (in its own language, or under its translation), or gives as the translation of the noun's base form
/// ("seats" → "seat" → "Mandate"). The figure counted "other things" and the question went unanswered.
/// </summary>
public sealed class ListedSynonymCountedNounTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        break-ins /bɹˈeɪkɪnz/
        Einbrüche <pl>
        ---
        seats /sˈiːts/
        Sitze <pl>, Plätze <pl>
        ---
        seat /sˈiːt/
        Mandat <neut>, Abgeordnetensitz <masc>
        ---
        election /ɪlˈɛkʃən/
        Wahl <fem>
        ---
        stories /stˈɔːɹiz/
        Geschichten <pl>
        """;

    private const string GermanEnglish = """
        Märchen /mˈɛːɾçən/ <pl>
        fairytales, fables
           Synonyms: {erfundene Geschichte}, {Sagen}
        ---
        Einbrüche /ˈaɪnbɾˌyçə/ <pl>
        burglaries
           Synonyms: {Einbruchsdiebstähle}, {Einbruchdiebstähle}
        ---
        Mandate /mandˈɑːtə/ <pl>
        mandates
        ---
        Geschichten /ɡəʃˈɪçtən/ <pl>
        stories, tales
        """;

    public ListedSynonymCountedNounTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/film.txt", """
            Borellis neuer Film
            Der Regisseur Tommaso Borelli hat Märchen aus Kampanien verfilmt.
            Gedreht wurde drei Monate lang in Neapel und Salerno.
            Die Hauptrolle spielt eine junge Schauspielerin aus Rom.
            Das größte Problem für Tommaso Borelli war, aus den 50 Geschichten der Sammlung für seinen Film auszuwählen.
            """);
        Folder.Write("news/sagen.txt", """
            Ausstellung über Märchen in Graz
            Das Museum in Graz zeigt die Geschichten der Brüder Thalberg aus dem Murtal.
            Die Ausstellung über die Märchen der Brüder Thalberg ist 40 Tage lang zu sehen.
            """);
        Folder.Write("news/einbruch.txt", """
            Serieneinbrecher in Kufstein gefasst
            Der 41-jährige Mann gestand 58 Einbruchsdiebstähle in Kufstein und Umgebung.
            Die Polizei fand bei ihm Werkzeug und Schmuck.
            """);
        Folder.Write("news/wahl.txt", """
            Wahl in Ruritanien
            Ab Dienstag können sich Kandidaten für die Wahl in Ruritanien registrieren lassen.
            Bei der Wahl in Ruritanien werden 312 Mandate vergeben.
            """);
        // The dictionary's renderings of "seats" are words of the German articles too, so the count is checked against them.
        Folder.Write("news/kino.txt", """
            Neues Kino in Linz
            Das neue Kino in Linz hat 420 Plätze und Sitze aus Leder.
            """);
        // English articles make the dictionary's renderings words of the index.
        Folder.Write("news/elections.txt", """
            Seats and stories
            The election in Kendal decides 12 seats, and the local paper ran stories about every candidate.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Stories_are_the_asked_fairy_tales_the_dictionary_lists_as_an_invented_story()
    {
        var answer = await Engine.AskAsync("Aus wie vielen Märchen musste Tommaso Borelli für seinen Film auswählen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("50 Geschichten", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_synonym_elsewhere_in_the_sentence_does_not_make_another_figure_count_it()
    {
        // "40 Tage" counts days; "die Geschichten" in the sentence before says nothing of how many tales there are.
        var answer = await Engine.AskAsync("Wie viele Märchen der Brüder Thalberg zeigt das Museum in Graz?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task Burglaries_listed_under_the_translation_are_the_asked_break_ins()
    {
        var answer = await Engine.AskAsync("How many break-ins did the serial burglar caught in Kufstein confess to?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("58 Einbruchsdiebstähle", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Mandates_translate_the_asked_seats_through_their_singular()
    {
        var answer = await Engine.AskAsync("How many seats are candidates registering for in the election in Ruritania?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("312 Mandate", answer.Citations[0].Quote);
    }
}
