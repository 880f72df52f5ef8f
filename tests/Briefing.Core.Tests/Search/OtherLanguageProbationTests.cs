using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// The other language's own order reads the question through translations, so reports that repeat the generic
/// translations of the question's words (Spain, month, each in a sentence of its own) outrank the one passage that
/// states the asked fact, which shares the question's key word only through the dictionary ("Teuerung" → inflation):
/// it stands past the fourth among its language. Passages up to the eighth join the candidates on probation: kept when
/// a sentence covers half the question, dropped when they only share the topic's words.
/// </summary>
public sealed class OtherLanguageProbationTests(ITestOutputHelper output) : InventedArticlesTest(EnglishGerman, GermanEnglish)
{
    private const string EnglishGerman = """
        inflation /ɪnflˈeɪʃən/
        Inflation <fem>
        Teuerung <fem>
        ---
        Spain /spˈeɪn/
        Spanien <neut> [geogr.]
        ---
        month /mˈʌnθ/
        Monat <masc>
        """;

    private const string GermanEnglish = """
        Teuerung /ˈtɔɪ̯əʁʊŋ/ <fem>
        inflation
        ---
        Spanien /ˈʃpaːni̯ən/ <neut>
         [geogr.] Spain
        ---
        Monat /ˈmoːnat/ <masc>
        month
        """;

    private const string Question = "Wie hoch war die Teuerung in Spanien im vergangenen Monat?";

    private static readonly string[] Regions = ["Andalusien", "Katalonien", "Valencia", "Galicien", "Murcia", "Aragonien", "Asturien",
        "Kantabrien", "Navarra", "Extremadura", "Kastilien", "Madrid", "Mallorca", "Teneriffa"];

    private static readonly string[] Cities = ["Seville", "Bilbao", "Malaga", "Cadiz", "Toledo", "Granada"];

    private static readonly string[] Stalls = ["Markets", "Bakeries", "Harbours", "Vineyards", "Bookshops", "Orchards"];

    private void WriteArticles()
    {
        // German reports that touch Spain and last month: with the typed words at full weight they fill the BM25 top, so
        // the English passages are candidates only as their language's best.
        for (var i = 0; i < Regions.Length; i++)
        {
            Folder.Write($"news/spanien-{i}.txt", $"""
                Bericht aus {Regions[i]}
                In {Regions[i]} im Süden von Spanien kamen im vergangenen Monat mehr Touristen als erwartet.
                Die Hoteliers in {Regions[i]} sind zufrieden, sagte ein Sprecher des Verbandes.
                """);
        }
        for (var i = 0; i < 20; i++)
        {
            Folder.Write($"news/sport-{i}.txt", $"""
                Pokalspiel Nummer {i + 1} entschieden
                Der Verein aus Nordhafen gewann das Pokalspiel gegen Südholm mit {i + 2}:1 vor ausverkauftem Haus.
                Der Trainer lobte die Abwehr und die Zuschauer im Stadion.
                """);
        }
        // English reports that repeat Spain, inflation and month, each in a sentence of its own and short: they lead the
        // English order, and none says how high inflation was.
        for (var i = 0; i < Cities.Length; i++)
        {
            Folder.Write($"news/spain-{i}.txt", $"""
                {Stalls[i]} in {Cities[i]}
                The {Stalls[i].ToLowerInvariant()} of {Cities[i]} are busy. Spain is warm. Spain has many {Stalls[i].ToLowerInvariant()}.
                Inflation worries the traders of {Cities[i]}. Inflation is a word on every lip.
                Every month the traders meet; this month they met in {Cities[i]}.
                """);
        }
        // The one English report that answers states inflation, Spain and last month in one sentence, among others on
        // prices: a longer passage that shares each word once ranks below the short ones that repeat them.
        Folder.Write("news/spanish-inflation.txt", """
            Prices rise again
            Inflation in Spain rose to 3.1 percent last month, the national statistics office said on Friday.
            Food and energy prices drove the increase, while the cost of clothing and furniture fell slightly.
            Economists had expected a smaller rise, as fuel had become cheaper at the pumps over the summer.
            The central bank is to discuss its interest rates at a meeting in Frankfurt next week.
            """);
        Folder.Write("news/ferry.txt", """
            Ferry service resumes
            The ferry between Nordhafen and Südholm resumed its service on Monday after repairs to the pier.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private IReadOnlyList<PassageHit> Search(string question, string language, int top = 8)
    {
        var expansions = Engine.Services.GetServices<IQueryExpander>().SelectMany(e => e.Expand(question, language)).ToList();
        var hits = Engine.Index.Search(new SearchRequest(question, language, top) { Expansions = expansions });
        foreach (var hit in hits) output.WriteLine($"{hit.Score:0.000} {hit.Article.Id}");
        return hits;
    }

    [Fact]
    public void The_other_languages_passage_that_states_the_fact_past_its_fourth_place_is_retrieved()
    {
        WriteArticles();
        var hits = Search(Question, "de");

        Assert.Contains("news/spanish-inflation", hits.Select(h => h.Article.Id));
    }

    [Fact]
    public void Deep_other_language_passages_that_only_share_the_topic_do_not_join()
    {
        WriteArticles();
        var hits = Search(Question, "de", top: 12);

        // The fifth and sixth market reports of the English order show one of the question's words per sentence: on
        // probation they leave the candidates, and only the first four (trusted) can be among the passages returned —
        // while the deeper passage that states the fact stays (both sides of probation in one search).
        Assert.Contains("news/spanish-inflation", hits.Select(h => h.Article.Id));
        Assert.True(hits.Count(h => h.Article.Id.StartsWith("news/spain-", StringComparison.Ordinal)) <= 4,
            string.Join("\n", hits.Select(h => h.Article.Id)));
    }
}
