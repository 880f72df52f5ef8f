using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions on the lead's unseen probe: the gold article was retrieved first, but the question's
/// wording made a detail or a topic no article shows. A polite frame around the question ("Kannst du mir sagen, …"),
/// words the asker glues into one name that the article writes apart ("die Polizei Sam Nemati", "Hollandes
/// Kairo-Besuch", "the Athens Olympics"), a phrasal verb and its medium ("show up on screen") and a name written with
/// its number inside a hyphenated word ("PS4-Jailbreak").
/// </summary>
public sealed class AskersPhrasingTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        show /ʃˈəʊ/
        Show <fem>, Vorstellung <fem>
        ---
        screen /skɹˈiːn/
        Bildschirm <masc>, Leinwand <fem>
        ---
        monster /mˈɒnstə/
        Monster <neut>
        """;

    private const string GermanEnglish = """
        Leinwand /laɪnvant/ <fem>
        screen, canvas
        """;

    public AskersPhrasingTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/schule.txt", """
            Polizei holt Schüler aus dem Unterricht
            Linz – Die Polizei wollte den 19-jährigen Sam Nemati am Dienstag aus dem Unterricht holen, weil sein Asylantrag abgelehnt worden war.
            Mitschüler und Lehrer stellten sich vor die Klasse und verhinderten die Festnahme.
            """);
        Folder.Write("news/satellit.txt", """
            Ägypten kauft Satelliten
            Kairo – Ägypten kauft beim Konzern Orbitalis einen Kommunikationssatelliten für 600 Millionen Euro.
            Das gab Frankreichs Präsident François Hollande bei seinem Besuch in Kairo am Sonntag bekannt.
            """);
        Folder.Write("news/konsole.txt", """
            Hacker knackt Spielkonsole
            Ein Hacker, der unter dem Namen Nullpunkt auftritt, hat einen Jailbreak für die Spielkonsole entwickelt.
            Damit können PS4-Besitzer eigene Programme auf dem Gerät starten.
            """);
        Folder.Write("news/kino.txt", """
            Neue Show im Kino
            Die Show läuft ab Montag auf der großen Leinwand, der Bildschirm im Foyer zeigt den Trailer.
            """);
        Folder.Write("news/olympics.txt", """
            Greek debt linked to 2004 Games
            The cost of staging the Olympics in Athens reached nearly 9bn euros, twice the original budget, officials said.
            Many venues built for the Games now stand empty.
            """);
        Folder.Write("news/monster.txt", """
            Giant lizard returns to cinemas
            The monster Godzilla first appeared in 1954 in a Japanese film directed by Ishiro Honda.
            A new Hollywood version opens next month.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Weißt du, welche Islamisten den Anschlag verübt haben?", "Welche Islamisten den Anschlag verübt haben?")]
    [InlineData("Kannst du mir sagen, wer das Tor geschossen hat?", "Wer das Tor geschossen hat?")]
    [InlineData("Sag mal, wie viele Menschen kamen?", "Wie viele Menschen kamen?")]
    [InlineData("Do you know who won the race?", "Who won the race?")]
    [InlineData("Can you tell me when the ferry sails again?", "When the ferry sails again?")]
    [InlineData("I wonder why the plant closed.", "Why the plant closed.")]
    [InlineData("Wissen Sie, in welchem Jahr die Brücke gebaut wurde?", "In welchem Jahr die Brücke gebaut wurde?")]
    public void A_polite_frame_around_a_question_is_taken_off(string asked, string question) =>
        Assert.Equal(question, ConversationalWrapper.Strip(asked));

    [Theory]
    [InlineData("Tell me about the strike.")]
    [InlineData("Sag mir Bescheid.")]
    [InlineData("Do you know Berlin?")]
    [InlineData("Who won the race?")]
    public void Without_a_question_word_after_it_nothing_is_a_frame(string asked) =>
        Assert.Equal(asked, ConversationalWrapper.Strip(asked));

    [Theory]
    [InlineData("Kannst du mir sagen, warum die Polizei den 19-jährigen Sam Nemati holen wollte?")]
    [InlineData("Weißt du, warum die Polizei den 19-jährigen Sam Nemati holen wollte?")]
    public async Task A_framed_question_is_answered_as_the_bare_one(string question)
    {
        var answer = await Engine.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Asylantrag", answer.Text);
        Assert.Equal(question, answer.Question);
    }

    [Fact]
    public async Task A_noun_before_a_name_glued_into_it_is_shown_when_the_article_writes_them_apart()
    {
        var answer = await Engine.AskAsync("Warum wollte die Polizei Sam Nemati abholen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Asylantrag", answer.Text);
    }

    [Fact]
    public async Task A_genitive_name_before_a_compound_is_shown_by_its_words_near_each_other()
    {
        var answer = await Engine.AskAsync("Welcher Konzern verkauft Ägypten nach Hollandes Kairo-Besuch einen Satelliten?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Orbitalis", answer.Text);
    }

    [Fact]
    public async Task A_place_and_an_event_the_article_writes_the_other_way_round_are_shown()
    {
        var answer = await Engine.AskAsync("How much did the Athens Olympics cost?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("9bn", answer.Text);
    }

    [Fact]
    public async Task A_phrasal_verb_and_its_medium_are_no_topic_the_article_must_show()
    {
        var answer = await Engine.AskAsync("When did Godzilla first show up on screen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("1954", answer.Text);
    }

    [Fact]
    public async Task A_name_with_its_number_in_a_hyphenated_word_is_shown_by_that_word()
    {
        var answer = await Engine.AskAsync("Unter welchem Namen tritt der Hacker hinter dem PS4-Jailbreak auf?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Nullpunkt", answer.Text);
    }
}
