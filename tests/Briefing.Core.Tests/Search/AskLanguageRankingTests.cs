using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// Translations never outrank the words the user typed: when the same report is indexed in German and in English,
/// a German question is answered from the German report, even when the dictionary lets the English one match a
/// word more; without a German report that covers the question, the English one still answers.
/// </summary>
public sealed class AskLanguageRankingTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        guest /ɡˈɛst/
        Gast
        ---
        exhibition /ˌɛksɪbˈɪʃən/
        Ausstellung
        ---
        opening /ˈəʊpənɪŋ/
        Eröffnung
        ---
        lighthouse /lˈaɪthaʊs/
        Leuchtturm
        """;

    private const string GermanEnglish = """
        Gäste /ɡˈɛstə/
        guests
        ---
        Ausstellung /ˈaʊsʃtɛlʊŋ/
        exhibition
        ---
        Eröffnung /ɛɐ̯ˈʔœfnʊŋ/
        opening
        ---
        Leuchtturm /lˈɔʏçttʊʁm/
        lighthouse
        """;

    public AskLanguageRankingTests() : base(EnglishGerman, GermanEnglish)
    {
        // The parallel pair: the English report says "at its opening", the German one "am ersten Tag".
        Folder.Write("news/ausstellung.txt", """
            Ausstellung in Nordhafen gut besucht
            Die Ausstellung über Walfang in Nordhafen hatte am ersten Tag 12.000 Gäste, teilte das Museum mit.
            Sie ist noch bis Ende Oktober geöffnet.
            """);
        Folder.Write("news/exhibition.txt", """
            Nordhafen exhibition draws crowds
            The whaling exhibition in Nordhafen had 12,000 guests at its opening, the museum said.
            It stays open until the end of October.
            """);
        Folder.Write("news/wetter.txt", """
            Sturm an der Küste
            Ein Sturm fegte über die Küste; in Südholm fiel der Strom für zwei Stunden aus.
            Die Eröffnung des Hafenfests wurde verschoben.
            """);
        Folder.Write("news/lighthouse.txt", """
            Lighthouse reopens
            The lighthouse at Südholm reopened to visitors yesterday after a two-year restoration costing 3 million euros.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private IReadOnlyList<PassageHit> Search(string question)
    {
        var expansions = Engine.Services.GetServices<IQueryExpander>().SelectMany(e => e.Expand(question, "de")).ToList();
        return Engine.Index.Search(new SearchRequest(question, "de", 4) { Expansions = expansions });
    }

    [Fact]
    public async Task A_german_question_ranks_and_quotes_the_german_report_of_a_parallel_pair_first()
    {
        const string question = "Wie viele Gäste hatte die Ausstellung in Nordhafen zur Eröffnung?";

        var hits = Search(question);
        var answer = await Engine.AskAsync(question);

        Assert.Equal(["news/ausstellung", "news/exhibition"], hits.Take(2).Select(h => h.Article.Id));

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/ausstellung", answer.Citations[0].ArticleId);
        Assert.DoesNotContain("Originalwortlaut", answer.Text);
    }

    [Fact]
    public async Task A_german_question_only_an_english_report_answers_is_still_answered_from_it()
    {
        const string question = "Wann öffnete der Leuchtturm in Südholm gestern wieder?";

        var hits = Search(question);
        var answer = await Engine.AskAsync(question);

        Assert.Equal("news/lighthouse", hits[0].Article.Id);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/lighthouse", answer.Citations[0].ArticleId);
    }
}
