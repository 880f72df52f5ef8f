using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// In a mixed index a passage of the other language reaches the question only through translations, at their lower
/// weight, so its BM25 score stays far below the asker's language's top however well it matches. Where no passage of
/// the asker's language covers the question and the other language shows clearly more of it, that language ranks by its
/// own top, as it would in an index of its own language: the English report that gives the asked figure outranks the
/// German one that shares a single typed word, and a German report that answers keeps its first place.
/// </summary>
public sealed class OwnLanguageRankTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        inflation /ɪnflˈeɪʃən/
        Inflation <fem>
        ---
        Spain /spˈeɪn/
        Spanien <neut> [geogr.]
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
        Monat /ˈmoːnat/ <masc>
        month
        """;

    private const string Question = "Wie hoch war die Inflation in Spanien im vergangenen Monat?";

    private const string GermanMuseum = "In Spanien hat die Stadt in diesem Monat ein neues Museum für Seefahrt eröffnet, sagte die Direktorin.";
    private const string EnglishInflation = "Inflation in Spain rose to 3.1 percent last month, the national statistics office said.";
    private const string GermanInflation = "Die Inflation in Spanien lag im vergangenen Monat bei 2,9 Prozent, teilte das Statistikamt mit.";

    public OwnLanguageRankTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/museum.txt", $"Neues Museum\n{GermanMuseum}\n");
        Folder.Write("news/inflation-en.txt", $"Inflation in Spain\n{EnglishInflation}\n");
        Folder.Write("news/inflation-de.txt", $"Inflation in Spanien\n{GermanInflation}\n");
        for (var i = 0; i < 6; i++)
        {
            Folder.Write($"news/sport-{i}.txt", $"Pokalspiel {i + 1}\nDer Verein aus Nordhafen gewann das Pokalspiel gegen Südholm mit {i + 2}:1 vor ausverkauftem Haus.\n");
            Folder.Write($"news/ferry-{i}.txt", $"Ferry {i + 1}\nThe ferry number {i + 1} between Nordhafen and Südholm resumed its service after repairs to the pier.\n");
        }
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    /// <summary>
    /// The real reranker over two candidates: the German one first, with ten times the English one's BM25 score (its typed
    /// word in full, against translations at their lower weight).
    /// </summary>
    private IReadOnlyList<PassageHit> Rerank(string german, string english)
    {
        var expansions = Engine.Services.GetServices<IQueryExpander>().SelectMany(e => e.Expand(Question, "de")).ToList();
        var request = new SearchRequest(Question, "de", 2) { Expansions = expansions };
        var reranker = new SentenceEvidenceReranker((ITermStatistics)Engine.Index);
        return reranker.Rerank(request, [Hit("news/de", german, "de", 10f), Hit("news/en", english, "en", 1f)]);
    }

    private static PassageHit Hit(string article, string text, string language, float score) =>
        new(new Passage($"{article}#p0", article, 0, text, language), new ArticleInfo(article, article, null, null, null, language), score);

    [Fact]
    public void The_other_languages_passage_that_shows_more_of_the_question_outranks_one_sharing_a_single_typed_word()
    {
        var ranked = Rerank(GermanMuseum, EnglishInflation);

        Assert.Equal("news/en", ranked[0].Article.Id);
    }

    [Fact]
    public void A_same_language_passage_that_answers_keeps_its_first_place()
    {
        var ranked = Rerank(GermanInflation, EnglishInflation);

        Assert.Equal("news/de", ranked[0].Article.Id);
    }
}
