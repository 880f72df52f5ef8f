using Briefing.Core.Articles;
using Briefing.Core.State;
using Briefing.Core.Storage;
using Briefing.Core.Tests.Support;
using Briefing.Core.Web;

namespace Briefing.Core.Tests.State;

/// <summary>
/// A write batch is one state.db transaction shared by the store calls of one flow: that flow sees its own writes,
/// others see them only after the commit, and a batch that is never committed (a crash) leaves nothing behind —
/// in particular no near-duplicate signature for an article the store does not have.
/// </summary>
public sealed class StateWriteBatchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static Article Story(string id) => new()
    {
        Id = id, Title = "Harbour " + id, Language = "en",
        Paragraphs = [string.Join(' ', Enumerable.Range(0, 30).Select(i => $"word{i}")), "The harbour reopened on Monday after repairs."],
    };

    [Fact]
    public async Task The_batch_flow_sees_its_writes_and_others_only_after_the_commit()
    {
        var database = new StateDatabase(_folder.Combine("state.db"));
        var store = new SqliteArticleStore(database);

        using (var batch = store.BeginWriteBatch())
        {
            store.Save(Story("a"), "h1");
            Assert.Equal("a", store.FindIdByContentHash("h1"));
            Assert.Null(await OnAnotherFlow(() => store.FindIdByContentHash("h1")));
            batch.Commit();
        }

        Assert.Equal("a", await OnAnotherFlow(() => store.FindIdByContentHash("h1")));
        Assert.Equal("a", new SqliteArticleStore(new StateDatabase(_folder.Combine("state.db"))).Get("a")?.Article.Id);
    }

    [Fact]
    public void A_batch_never_committed_leaves_neither_articles_nor_signatures()
    {
        var database = new StateDatabase(_folder.Combine("state.db"));
        var store = new SqliteArticleStore(database);
        var signatures = new SqliteNearDuplicateStore(database);
        var signature = MinHashSignature.Compute(WordShingles.Hash(Story("a").Paragraphs));
        store.Save(Story("kept"), "h0");

        using (store.BeginWriteBatch())
        {
            var sequence = store.Save(Story("a"), "h1");
            signatures.Save("a", signature);
            Assert.Equal(2, sequence);
            Assert.Contains(signatures.FindCandidates(signature), candidate => candidate.ArticleId == "a");
        } // disposed without Commit: as a kill -9 would leave it

        var reopened = new StateDatabase(_folder.Combine("state.db"));
        Assert.Null(new SqliteArticleStore(reopened).Get("a"));
        Assert.Empty(new SqliteNearDuplicateStore(reopened).FindCandidates(signature));
        Assert.Equal(1, new SqliteArticleStore(reopened).LastSequence);
        // Outside a batch every write commits on its own again.
        store.Save(Story("b"), "h2");
        Assert.Equal("b", new SqliteArticleStore(reopened).Get("b")?.Article.Id);
    }

    [Fact]
    public void The_per_article_statements_are_prepared_once_per_batch_and_bound_anew_for_each_article()
    {
        var database = new StateDatabase(_folder.Combine("state.db"));
        var store = new SqliteArticleStore(database);
        var signatures = new SqliteNearDuplicateStore(database);
        var signature = MinHashSignature.Compute(WordShingles.Hash(Story("a").Paragraphs));

        using var batch = database.BeginWriteBatch();
        for (var i = 0; i < 3; i++)
        {
            // What the ingest asks and writes for each new article.
            Assert.Null(store.Get($"a{i}"));
            Assert.Null(store.FindIdByContentHash($"h{i}"));
            Assert.Equal(i + 1, store.Save(Story($"a{i}"), $"h{i}"));
            signatures.Save($"a{i}", signature);
        }
        var prepared = batch.PreparedStatements;

        // The kept statements answer for the values of each call, not the first one's.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal($"a{i}", store.FindIdByContentHash($"h{i}"));
            Assert.Equal(($"h{i}", i + 1L), (store.Get($"a{i}")?.ContentHash, store.Get($"a{i}")?.Sequence));
        }
        Assert.Equal(new[] { "a0", "a1", "a2" }, signatures.FindCandidates(signature).Select(c => c.ArticleId).Order());
        Assert.Equal(7, prepared); // Get, by hash, next sequence, upsert; the signature's delete, row and band insert
        Assert.Equal(prepared + 1, batch.PreparedStatements); // + the candidate query
        batch.Commit();
        Assert.Equal("a2", new SqliteArticleStore(new StateDatabase(_folder.Combine("state.db"))).FindIdByContentHash("h2"));
    }

    /// <summary>A flow that does not inherit the batch (like a chat answer on another request).</summary>
    private static Task<T> OnAnotherFlow<T>(Func<T> read)
    {
        using (ExecutionContext.SuppressFlow()) return Task.Run(read);
    }

    public void Dispose() => _folder.Dispose();
}
