using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie lange ist der georgische Expräsident schon Gouverneur in Odessa?" (issue 10, how-long abstentions; probe31-046):
/// the interview's lede names the person by what the question says of her and covers most of the question; the length of
/// time stands paragraphs further down ("Sie sind seit 100 Tagen Gouverneur der Region Odessa, …?"), in a sentence that
/// repeats too little of the question to pass the lead's coverage floor, and the question names no person it could speak
/// of, so the question abstained ("no relevant sentence holds a new Duration"). <c>DurationOfTopArticle</c> lets the
/// first-ranked article's sentence with a new length of time answer when nothing else leads. The dictionaries list the
/// articles' German nouns, so that they count as ordinary words, not as names the duration's sentence would be tied to.
/// All articles are invented.
/// </summary>
public sealed class DurationOfTopArticleTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        mayor /ˈmeə/
        Bürgermeisterin <fem>
        """;

    private const string GermanEnglish = """
        Bürgermeisterin /bʏʁɡɐˈmaɪ̯stəʁɪn/ <fem, n, sg>
        mayor <n>
        ---
        Ministerin /miˈnɪstəʁɪn/ <fem, n, sg>
        minister <n>
        ---
        Gemeinde /ɡəˈmaɪ̯ndə/ <fem, n, sg>
        municipality <n>
        ---
        Frage /ˈfʁaːɡə/ <fem, n, sg>
        question <n>
        ---
        Bürger /ˈbʏʁɡɐ/ <masc, n, sg>
        citizen <n>
        ---
        Vertrag /fɛɐ̯ˈtʁaːk/ <masc, n, sg>
        contract <n>
        ---
        Jahr /jaːɐ̯/ <neut, n, sg>
        year <n>
        ---
        Ausgabe /ˈaʊ̯sˌɡaːbə/ <fem, n, sg>
        expense <n>
        ---
        Verwaltung /fɛɐ̯ˈvaltʊŋ/ <fem, n, sg>
        administration <n>
        ---
        Tag /taːk/ <masc, n, sg>
        day <n>
        ---
        Hallenbad /ˈhalənˌbaːt/ <neut, n, sg>
        indoor pool <n>
        ---
        Schule /ˈʃuːlə/ <fem, n, sg>
        school <n>
        ---
        Verkehrsverbund /fɛɐ̯ˈkeːɐ̯sfɛɐ̯ˌbʊnt/ <masc, n, sg>
        transport association <n>
        ---
        Buslinie /ˈbʊsˌliːni̯ə/ <fem, n, sg>
        bus route <n>
        ---
        Kreisstadt /ˈkʁaɪ̯sˌʃtat/ <fem, n, sg>
        county town <n>
        ---
        Bus /bʊs/ <masc, n, sg>
        bus <n>
        ---
        Herbst /hɛʁpst/ <masc, n, sg>
        autumn <n>
        """;

    public DurationOfTopArticleTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/interview.txt", """
            Talheims Bürgermeisterin will jetzt sparen
            Die hoch verschuldete Gemeinde müsse jetzt sparen oder nie, sagt Talheims Bürgermeisterin, die parteilose frühere Ministerin Anna Brenner.

            Frage: Warum tut sich die Gemeinde so schwer mit dem Sparen? Brenner: Die Verträge aus früheren Jahren binden uns. Viele Ausgaben sind gesetzlich vorgeschrieben. Die Bürger merken davon wenig.

            Frage: Sie sind seit 100 Tagen Bürgermeisterin von Talheim, was haben Sie schon geändert? Brenner: Wir haben die Verwaltung neu geordnet und das Hallenbad verpachtet.
            """);
        Folder.Write("news/bahn.txt", """
            Neue Buslinie für Talheim
            Der Verkehrsverbund plant eine neue Buslinie zwischen Talheim und der Kreisstadt. Die Busse sollen ab Herbst stündlich fahren.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_first_articles_sentence_with_a_new_length_of_time_answers_how_long()
    {
        var answer = await Engine.AskAsync("Wie lange ist die parteilose frühere Ministerin schon Bürgermeisterin der hoch verschuldeten Gemeinde Talheim?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("seit 100 Tagen", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_how_long_question_about_another_thing_still_abstains()
    {
        // The article says how long she has been in office, not how long the school has been closed: the fallback does not
        // lend the report's length of time to another thing of the same town.
        var answer = await Engine.AskAsync("Wie lange ist die Schule von Talheim schon geschlossen?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
