using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// The index caches term look-ups and decoded passages per reader (<see cref="SearcherCache"/>): reads through the
/// cache must equal uncached reads, and a commit must never leave the old passages visible.
/// </summary>
public sealed class SearcherCacheTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static Article MakeArticle(string id, string title, params string[] paragraphs) => new()
    {
        Id = id, Title = title, Language = "en", Paragraphs = paragraphs,
        Published = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero), Source = "Test",
    };

    private static void Put(LuceneNewsIndex index, Article article) =>
        index.Upsert(article, PassageChunker.Chunk(article), ArticleContentHash.Compute(article));

    [Fact]
    public void After_a_commit_search_and_article_passages_show_the_new_text_not_the_cached_one()
    {
        using var index = new LuceneNewsIndex(_folder.Combine("index"));
        Put(index, MakeArticle("a/1", "Zoo", "The zoo's elephants moved into a larger enclosure near the river in spring."));
        index.Commit();
        Assert.Contains("elephants", Assert.Single(index.Search(new SearchRequest("Where did the elephants move?", "en"))).Passage.Text);
        Assert.Contains("elephants", Assert.Single(index.GetPassages("a/1")).Text);

        Put(index, MakeArticle("a/1", "Zoo", "The zoo's giraffes moved into a larger enclosure near the river in spring."));
        index.Commit();

        Assert.Empty(index.Search(new SearchRequest("elephants", "en")));
        Assert.Contains("giraffes", Assert.Single(index.Search(new SearchRequest("Where did the giraffes move?", "en"))).Passage.Text);
        Assert.Contains("giraffes", Assert.Single(index.GetPassages("a/1")).Text);
    }

    [Fact]
    public void A_warm_index_ranks_and_scores_exactly_as_a_freshly_opened_one()
    {
        var path = _folder.Combine("index");
        using (var writer = new LuceneNewsIndex(path))
        {
            Put(writer, MakeArticle("e/1", "Comet", "Astronomers discovered a bright comet that will be visible in March from the northern hemisphere."));
            Put(writer, MakeArticle("e/2", "Rail", "A rail strike stopped trains in March as workers demanded higher wages from the operator."));
            Put(writer, MakeArticle("e/3", "Harbour", "The harbour's new ferry to the island runs twice a day from March, the operator said."));
            writer.Commit();
        }
        string[] questions = ["When will the comet be visible?", "Why did the rail workers strike in March?", "How often does the ferry run?"];
        using var warm = new LuceneNewsIndex(path);
        foreach (var question in questions) warm.Search(new SearchRequest(question, "en")); // fills the caches

        foreach (var question in questions)
        {
            using var fresh = new LuceneNewsIndex(path);
            var expected = fresh.Search(new SearchRequest(question, "en")).Select(h => (h.Passage.Id, h.Score)).ToList();
            var actual = warm.Search(new SearchRequest(question, "en")).Select(h => (h.Passage.Id, h.Score)).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
    }

    public void Dispose() => _folder.Dispose();
}
