using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A name with its owner's ending: the English possessive ("the EU's Syria fund") and the German genitive of a name
/// ending in a vowel ("Maravas Präsident"). The German analyser keeps both endings ("eu's", "maravas"), so an
/// English question's "EU's" was no word a German sentence could show (every sentence seemed far from the question's
/// names and the bot abstained), and an article writing only "Maravas" lacked the asked "Marava" (issue 10, false
/// abstentions). A name the article does not write in any form still abstains.
/// </summary>
public sealed class PossessiveAndGenitiveNameTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        Syria /sˈɪɹiə/
        Syrien <neut>
        ---
        fund /fˈʌnd/
        Fonds <masc>
        ---
        money /mˈʌni/
        Geld <neut>
        ---
        EU /iːjˈuː/
        Europäische Union <fem>
        """;

    private const string GermanEnglish = """
        Syrien /zyːʁiən/ <neut>
        Syria
        ---
        Fonds /fɔ̃ː/ <masc>
        fund
        """;

    public PossessiveAndGenitiveNameTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/fonds.txt", """
            Nordland zahlt in Hilfsfonds ein
            Die Regierung in Nordland verteilt bis Ende des Jahres 26 Millionen Euro an Hilfsprogramme der EU und der UNO.
            Das Geld geht an mehrere Fonds in der Region.
            Konkret will sich Nordland mit 11,5 Millionen am EU-Syrien-Fonds beteiligen.
            Auch dem EU-Afrika-Fonds wurden drei Millionen versprochen.
            """);
        Folder.Write("news/marava.txt", """
            Rückzug nach vier Jahrzehnten
            Maravas Präsident Tomas Ribeiro will sich nach fast 40 Jahren an der Macht zurückziehen.
            Ich habe entschieden, die Politik im Jahr 2018 zu verlassen, sagte der 73-Jährige am Freitag auf einem Parteitag.
            """);
        // The dictionary's rendering of "EU" is a phrase the index writes.
        Folder.Write("news/zoll.txt", """
            Streit um Zölle
            Die Europäische Union berät in Brüssel über neue Zölle auf Stahl.
            """);
        // Other articles write the country's name: it is a name the index knows, not one the asker may have misspelt.
        Folder.Write("news/reise.txt", """
            Urlaub in Marava
            Immer mehr Touristen reisen nach Marava. Die Strände von Marava gelten als die schönsten der Region.
            """);
        Folder.Write("news/talora.txt", """
            Wahl in Talora
            In Talora wird im Herbst ein neues Parlament gewählt. Die Opposition in Talora hofft auf einen Sieg.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task An_english_possessive_name_is_shown_by_the_german_sentence_that_writes_it()
    {
        var answer = await Engine.AskAsync("How much money is Nordland putting into the EU's Syria fund?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("11,5 Millionen", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_german_genitive_of_a_name_shows_the_name()
    {
        var answer = await Engine.AskAsync("Wann will sich Ribeiro in Marava aus der Politik zurückziehen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("2018", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_name_the_article_does_not_write_still_abstains()
    {
        var answer = await Engine.AskAsync("Wann will sich Ribeiro in Talora aus der Politik zurückziehen?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
