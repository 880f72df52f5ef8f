using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// In a mixed index the asker's language fills the BM25 top whenever its articles touch the topic: German articles
/// about Spain's economy in general outscore, word for word, the one English article that gives the asked figure
/// (matched through translations at their lower weight). The other language's best passages are still candidates,
/// and the one whose sentence shows what is asked reaches the passages the answer is chosen from.
/// </summary>
public sealed class OtherLanguageCandidateTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        inflation /ɪnflˈeɪʃən/
        Inflation <fem>
        ---
        Spain /spˈeɪn/
        Spanien <neut> [geogr.]
        ---
        Spanish /spˈænɪʃ/
        spanisch
        ---
        month /mˈʌnθ/
        Monat <masc>
        """;

    private const string GermanEnglish = """
        Inflation /ɪnflaˈt͡si̯oːn/ <fem>
        inflation
        ---
        Spanien /ˈʃpaːni̯ən/ <neut>
         [geogr.] Spain
        ---
        spanisch /ˈʃpaːnɪʃ/ <adj>
        Spanish
        ---
        Monat /ˈmoːnat/ <masc>
        month
        ---
        Wirtschaft /ˈvɪʁtʃaft/ <fem>
        economy
        """;

    private static readonly string[] Regions = ["Andalusien", "Katalonien", "Valencia", "Galicien", "Murcia", "Aragonien", "Asturien",
        "Kantabrien", "Navarra", "Extremadura", "Kastilien", "Madrid", "Mallorca", "Teneriffa"];

    public OtherLanguageCandidateTests() : base(EnglishGerman, GermanEnglish)
    {
        // Fourteen German reports that touch Spain, its economy, last month and inflation, each in its own sentence.
        for (var i = 0; i < Regions.Length; i++)
        {
            Folder.Write($"news/spanien-{i}.txt", $"""
                Spaniens Wirtschaft: Bericht aus {Regions[i]}
                Die Wirtschaft in {Regions[i]} im Süden von Spanien hat im vergangenen Monat mehr Touristen gezählt als erwartet.
                Die Inflation sei für die Hoteliers in {Regions[i]} ein Thema, sagte ein Sprecher des Verbandes.
                """);
        }
        // German articles about other things, so the German words above are not the whole German vocabulary.
        for (var i = 0; i < 20; i++)
        {
            Folder.Write($"news/sport-{i}.txt", $"""
                Pokalspiel Nummer {i + 1} entschieden
                Der Verein aus Nordhafen gewann das Pokalspiel gegen Südholm mit {i + 2}:1 vor ausverkauftem Haus.
                Der Trainer lobte die Abwehr und die Zuschauer im Stadion.
                """);
        }
        Folder.Write("news/spanish-inflation.txt", """
            Spanish inflation rises
            Spanish inflation rose to 3.1 percent last month, the national statistics office said on Friday.
            Food and energy prices drove the increase.
            """);
        Folder.Write("news/ferry.txt", """
            Ferry service resumes
            The ferry between Nordhafen and Südholm resumed its service on Monday after repairs to the pier.
            """);
        Folder.Write("news/museum.txt", """
            Museum opens new wing
            The city museum opened a new wing for maritime history, the director said on Tuesday.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private IReadOnlyList<PassageHit> Search(string question, string language, int top = 8)
    {
        var expansions = Engine.Services.GetServices<IQueryExpander>().SelectMany(e => e.Expand(question, language)).ToList();
        return Engine.Index.Search(new SearchRequest(question, language, top) { Expansions = expansions });
    }

    [Fact]
    public void The_other_languages_article_that_shows_the_asked_word_is_retrieved_among_many_same_language_articles_on_the_topic()
    {
        var hits = Search("Wie hoch war die Inflation in Spanien im vergangenen Monat?", "de");

        Assert.Contains("news/spanish-inflation", hits.Select(h => h.Article.Id));
    }

    [Fact]
    public async Task The_answer_quotes_the_figure_from_the_other_languages_article()
    {
        var answer = await Engine.Answers.AskAsync(new Briefing.Core.Answering.AskRequest("Wie hoch war die Inflation in Spanien im vergangenen Monat?") { Trace = true }, CancellationToken.None);

        Assert.False(answer.Abstained, answer.Text + "\n" + string.Join("\n", answer.Trace));
        Assert.Contains("3.1", answer.Text);
        Assert.Equal("news/spanish-inflation", answer.Citations[0].ArticleId);
    }

    [Fact]
    public void A_same_language_article_that_answers_still_ranks_first()
    {
        var hits = Search("Wie viele Touristen hat Andalusien im vergangenen Monat gezählt?", "de");

        Assert.Equal("news/spanien-0", hits[0].Article.Id);
    }
}
