using System.Runtime.CompilerServices;
using Briefing.Core.Articles;
using Briefing.Core.Ingestion;
using Briefing.Core.Search;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Storage;
using Briefing.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Ingestion;

/// <summary>
/// Lucene's adds and commits run on their own thread behind the store writer (<see cref="IndexWriterStage"/>): the
/// index must still get the articles in input order, never commit an article the store has not committed, surface its
/// own failures as the run's, and leave store and index in step after a failed or cancelled run.
/// </summary>
public sealed class IndexWriterStageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static ArticleReadResult Read(int i) => ArticleReadResult.Ok($"item{i}", new Article
    {
        Id = $"story-{i:D4}",
        Title = $"Report number {i}",
        Language = "en",
        // Distinct words per article, so no two are near-duplicates of each other.
        Paragraphs = [$"The {Word(i)} committee met on day {i} and agreed on {Word(i * 7 + 3)} measures for the {Word(i * 13 + 5)} district.",
            $"Officials said the {Word(i * 3 + 1)} plan {i} would take effect after a {Word(i * 11 + 2)} review."],
    });

    private static string Word(int i) => $"w{i % 9973}x{i / 7}";

    private static IAsyncEnumerable<ArticleReadResult> Stories(int count) => Enumerable.Range(0, count).Select(Read).ToAsyncEnumerable();

    [Fact]
    public async Task The_index_gets_the_articles_in_input_order()
    {
        using var engine = new EngineFixture(_folder);

        var report = await engine.Ingestion.IngestResultsAsync(Stories(300), CancellationToken.None);

        Assert.Equal(300, report.Added);
        // Lucene's document order breaks ranking ties: one index thread keeps it the order the store decided.
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"story-{i:D4}"), engine.Index.AllArticles().Select(a => a.Article.Id));
    }

    [Fact]
    public async Task An_index_commit_mid_run_records_only_articles_the_store_has_committed()
    {
        // More than one commit interval (2,000 written articles): the mid-run commit runs on the index thread.
        var commits = new List<(long IndexSequence, long StoredSequence)>();
        using var engine = new EngineFixture(_folder, configure: services => services.AddSingleton<INewsIndex>(sp =>
            new WatchedIndex(sp.GetRequiredService<LuceneNewsIndex>(), onCommit: index =>
                commits.Add((index.AppliedSequence, CommittedStoreSequence())))));

        var report = await engine.Ingestion.IngestResultsAsync(Stories(2_120), CancellationToken.None);

        Assert.Equal(2_120, report.Added);
        Assert.True(commits.Count >= 2, $"{commits.Count} index commits");
        Assert.All(commits, commit => Assert.True(commit.IndexSequence <= commit.StoredSequence,
            $"the index committed sequence {commit.IndexSequence} while the store had committed {commit.StoredSequence}"));
        Assert.Equal(2_120, engine.Index.CommittedSequence);
    }

    [Fact]
    public async Task A_failure_on_the_index_thread_fails_the_run_with_its_own_exception_and_a_rerun_brings_the_index_up_to_the_store()
    {
        var failOnce = 1;
        using (var engine = new EngineFixture(_folder, configure: services => services.AddSingleton<INewsIndex>(sp =>
                   new WatchedIndex(sp.GetRequiredService<LuceneNewsIndex>(), onUpsert: article =>
                   {
                       if (article.Id == "story-0040" && Interlocked.Exchange(ref failOnce, 0) == 1) throw new IOException("No space left on device");
                   }))))
        {
            var failure = await Assert.ThrowsAsync<IOException>(() => engine.Ingestion.IngestResultsAsync(Stories(100), CancellationToken.None));
            Assert.Contains("No space left", failure.Message);

            // The store may run ahead of the index (the catch-up replays it), never behind: every indexed article is stored.
            var store = engine.Services.GetRequiredService<IArticleStore>();
            Assert.True(engine.Index.ArticleCount <= store.Count, $"index {engine.Index.ArticleCount}, store {store.Count}");
            Assert.True(engine.Index.CommittedSequence <= store.LastSequence);
            Assert.DoesNotContain(engine.Index.AllArticles(), a => store.Get(a.Article.Id) is null);

            var rerun = await engine.Ingestion.IngestResultsAsync(Stories(100), CancellationToken.None);

            Assert.Equal(100, rerun.Added + rerun.Unchanged);
            Assert.Equal(100, engine.Index.ArticleCount);
            Assert.Equal(100, store.Count);
            Assert.Equal(store.LastSequence, engine.Index.CommittedSequence);
        }
    }

    [Fact]
    public async Task A_run_cancelled_midway_leaves_store_and_index_in_step()
    {
        using var engine = new EngineFixture(_folder);
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            engine.Ingestion.IngestResultsAsync(CancelledAfter(150, cancel), cancel.Token));

        var store = engine.Services.GetRequiredService<IArticleStore>();
        Assert.InRange(store.Count, 0, 150);
        Assert.Equal(store.Count, engine.Index.ArticleCount);
        Assert.Equal(store.LastSequence, engine.Index.CommittedSequence);
        var indexed = engine.Index.AllArticles().Select(a => a.Article.Id).ToList();
        Assert.Equal(Enumerable.Range(0, indexed.Count).Select(i => $"story-{i:D4}"), indexed);
    }

    private static async IAsyncEnumerable<ArticleReadResult> CancelledAfter(int count, CancellationTokenSource cancel,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < 300; i++)
        {
            if (i == count)
            {
                await cancel.CancelAsync();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            yield return Read(i);
        }
    }

    /// <summary>The highest article sequence another connection sees in state.db: what the store has committed.</summary>
    private long CommittedStoreSequence()
    {
        using var connection = new SqliteConnection($"Data Source={_folder.Combine("data", "state.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(seq), 0) FROM articles";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The real index with a hook before each upsert and each commit.</summary>
    private sealed class WatchedIndex(LuceneNewsIndex inner, Action<Article>? onUpsert = null, Action<INewsIndex>? onCommit = null) : INewsIndex
    {
        public void Upsert(Article article, IReadOnlyList<Passage> passages, string contentHash)
        {
            onUpsert?.Invoke(article);
            inner.Upsert(article, passages, contentHash);
        }

        public void Commit()
        {
            onCommit?.Invoke(inner);
            inner.Commit();
        }

        public void Delete(string articleId) => inner.Delete(articleId);
        public void MarkApplied(long sequence) => inner.MarkApplied(sequence);
        public long CommittedSequence => inner.CommittedSequence;
        public bool AnalysisIsCurrent => inner.AnalysisIsCurrent;
        public long AppliedSequence => inner.AppliedSequence;
        public void ReleaseWriter() => inner.ReleaseWriter();
        public void DeleteAll() => inner.DeleteAll();
        public IEnumerable<IndexedArticle> AllArticles() => inner.AllArticles();
        public IndexedArticle? GetArticle(string articleId) => inner.GetArticle(articleId);
        public IReadOnlyDictionary<string, int> PassageCounts() => inner.PassageCounts();
        public string? FindArticleIdByContentHash(string contentHash) => inner.FindArticleIdByContentHash(contentHash);
        public Passage? GetPassage(string passageId) => inner.GetPassage(passageId);
        public IReadOnlyList<Passage> GetPassages(string articleId) => inner.GetPassages(articleId);
        public IReadOnlyList<PassageHit> Search(SearchRequest request) => inner.Search(request);
        public IReadOnlyList<Article> GetArticlesInWindow(DateTimeOffset from, DateTimeOffset to) => inner.GetArticlesInWindow(from, to);
        public int ArticleCount => inner.ArticleCount;
        public int PassageCount => inner.PassageCount;
        public void Dispose() => inner.Dispose();
    }
}
