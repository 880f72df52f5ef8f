using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A question about a year (issue 10, part 3: another year) is not answered by a sentence that says the year about
/// something else: the article on the plant's orders names 2025 only for its car park, the one on the port's deficit
/// 2025 only for its cranes. The answerable question, whose year the article says of the asked thing, still answers.
/// </summary>
public sealed class YearBesideTopicTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        deficit /ˈdɛfɪsɪt/
        Defizit <neut>
        ---
        trade /tɹeɪd/
        Handel <masc>
        ---
        season /ˈsiːzn̩/
        Saison <fem>
        ---
        race /ɹeɪs/
        Rennen <neut>
        """;

    private const string GermanEnglish = """
        Defizit /defiˈtsɪt/ <neut, n, sg>
        deficit <n>
        ---
        Handel /ˈhandl̩/ <masc, n, sg>
        trade <n>
        ---
        Auftragseingang /ˈaʊ̯ftʁaːksˌʔaɪ̯nɡaŋ/ <masc, n, sg>
        incoming order <n>
        ---
        Werk /vɛʁk/ <neut, n, sg>
        plant, works <n>
        ---
        Parkplatz /ˈpaʁkˌplats/ <masc, n, sg>
        car park <n>
        ---
        Ladesäule /ˈlaːdəˌzɔɪ̯lə/ <fem, n, sg>
        charging station <n>
        ---
        Innenminister /ˈɪnənmiˌnɪstɐ/ <masc, n, sg>
        interior minister <n>
        ---
        Flüchtling /ˈflʏçtlɪŋ/ <masc, n, sg>
        refugee <n>
        """;

    public YearBesideTopicTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/werk.txt", """
            Kaltenbrunn meldet Zahlen
            Die Auftragseingänge des Werks Kaltenbrunn sind 2024 um 3 Prozent gesunken, teilte die Geschäftsführung am Montag mit.

            Die Kantine wurde im Sommer renoviert und bietet nun auch vegetarische Gerichte an.

            2025 wurden 40 Prozent der Parkplätze in Kaltenbrunn mit Ladesäulen ausgestattet.
            """);
        Folder.Write("news/port.txt", """
            Vellmar reports figures
            The trade deficit of the port of Vellmar grew by 8 percent in 2024, the harbour board said on Monday.

            The canteen was refurbished in the summer and now serves vegetarian meals.

            In 2025, 40 percent of the cranes on the new quay in Vellmar were fitted with electric drives.
            """);
        // The English question's topic words are those the dictionary renders as German nouns that German articles write.
        Folder.Write("news/kaffee.txt", """
            Kaffeehandel wächst
            Der Handel mit Kaffee ist in Osterfeld gewachsen, das Defizit der Röstereien sank.
            """);
        Folder.Write("news/rad.txt", """
            Radsaison beginnt
            Die Saison der Radfahrer beginnt mit drei Rennen in Osterfeld.
            """);
        Folder.Write("news/larsen.txt", """
            Larsen plans a busy year
            Kim Larsen will ride 14 races in his 2025 campaign, his coach said on Tuesday.
            """);
        // The quoted minister is named far from the figure; the figure stands beside the counted refugees.
        Folder.Write("news/grenze.txt", """
            Brandt verteidigt Kontrollen
            Der Innenminister von Veldien, Paul Brandt, verteidigte am Montag die Kontrollen an der Südgrenze.

            Die Kontrollen an den Übergängen sollen bis zum Frühjahr bleiben, die Polizei erhält dafür 200 zusätzliche Beamte.

            Es sei keineswegs so, dass Norland alle Flüchtlinge aufnehme. 2025 seien 40.000 Flüchtlinge nach Norland gekommen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_year_said_only_of_another_thing_is_an_abstention()
    {
        var german = await Engine.AskAsync("Um wie viel Prozent sind die Auftragseingänge des Werks Kaltenbrunn 2025 gesunken?");
        var english = await Engine.AskAsync("How much did the trade deficit of the port of Vellmar grow in 2025?");

        Assert.True(german.Abstained, german.Text);
        Assert.True(english.Abstained, english.Text);
    }

    [Fact]
    public async Task A_year_said_of_the_asked_thing_still_answers()
    {
        var german = await Engine.AskAsync("Um wie viel Prozent sind die Auftragseingänge des Werks Kaltenbrunn 2024 gesunken?");
        var english = await Engine.AskAsync("How much did the trade deficit of the port of Vellmar grow in 2024?");

        Assert.False(german.Abstained, german.Text);
        Assert.Contains("3 Prozent", german.Citations[0].Quote);
        Assert.False(english.Abstained, english.Text);
        Assert.Contains("8 percent", english.Citations[0].Quote);
    }

    [Fact]
    public async Task The_period_the_year_names_is_no_topic_of_its_own()
    {
        // "his 2025 season" is the year itself; the article calls it a campaign.
        var answer = await Engine.AskAsync("How many races will Kim Larsen ride in his 2025 season?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("14 races", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_year_said_beside_the_counted_noun_is_said_of_the_asked_thing()
    {
        // The question's other noun ("Innenminister") says who is quoted; what is counted stands beside the year.
        var answer = await Engine.AskAsync("Wie viele Flüchtlinge sind laut dem Innenminister von Veldien 2025 nach Norland gekommen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("40.000", answer.Text);
    }
}
