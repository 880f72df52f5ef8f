using Briefing.Core.Articles;
using Briefing.Core.Web;
using Briefing.Storage.Postgres;
using Briefing.Storage.Tests.Support;
using Dapper;
using Npgsql;

namespace Briefing.Storage.Tests.Stores;

/// <summary>
/// An ingest's write batch on either backend: the batch's flow sees its own writes, other flows (a chat answer, another
/// instance) only after the commit, and a batch never committed (a crash) leaves neither articles nor signatures nor a
/// gap in the change sequence. On PostgreSQL the batch also wakes the other instances once, at its commit.
/// </summary>
public sealed class ArticleWriteBatchTests(PostgresCluster cluster) : StoreTestBase(cluster)
{
    private static Article Story(string id) => new()
    {
        Id = id, Title = "Harbour " + id, Language = "en",
        Paragraphs = [string.Join(' ', Enumerable.Range(0, 30).Select(i => $"{id}word{i}")), "The harbour reopened on Monday after repairs."],
    };

    private static MinHashSignature SignatureOf(string id) => MinHashSignature.Compute(WordShingles.Hash(Story(id).Paragraphs));

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task The_batch_flow_sees_its_writes_and_others_only_after_the_commit(StorageProvider provider)
    {
        var backend = Open(provider);
        var (store, signatures) = backend.OneProcessStores();

        using (var batch = store.BeginWriteBatch())
        {
            store.Save(Story("a"), "h1");
            signatures.Save("a", SignatureOf("a"));
            Assert.Equal("a", store.FindIdByContentHash("h1"));
            Assert.Contains(signatures.FindCandidates(SignatureOf("a")), c => c.ArticleId == "a"); // a near copy later in the batch is found
            Assert.Null(await OnAnotherFlow(() => store.FindIdByContentHash("h1")));
            Assert.Empty(await OnAnotherFlow(() => signatures.FindCandidates(SignatureOf("a"))));
            batch.Commit();
        }

        Assert.Equal("a", await OnAnotherFlow(() => store.FindIdByContentHash("h1")));
        Assert.Equal("a", backend.Articles().Get("a")?.Article.Id);
        Assert.Equal("a", Assert.Single(backend.NearDuplicates().FindCandidates(SignatureOf("a"))).ArticleId);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void A_batch_never_committed_leaves_neither_articles_nor_signatures_nor_a_gap(StorageProvider provider)
    {
        var backend = Open(provider);
        var (store, signatures) = backend.OneProcessStores();
        store.Save(Story("kept"), "h0");

        using (store.BeginWriteBatch())
        {
            Assert.Equal(2, store.Save(Story("a"), "h1"));
            signatures.Save("a", SignatureOf("a"));
            Assert.Null(store.Remove("never-stored")); // takes no number either
            Assert.Equal(3, store.Save(Story("b"), "h2"));
        } // disposed without Commit: as a kill -9 would leave it

        var reopened = backend.Articles();
        Assert.Null(reopened.Get("a"));
        Assert.Empty(backend.NearDuplicates().FindCandidates(SignatureOf("a")));
        Assert.Equal(1, reopened.LastSequence);
        Assert.Equal(2, store.Save(Story("c"), "h3")); // outside a batch every write commits on its own again
        Assert.Equal("c", backend.Articles().Get("c")?.Article.Id);
    }

    /// <summary>
    /// The other instances' replicas are woken once per batch, with the batch's last change, when it commits: a
    /// notification per article made every follower loop once per article after a bulk ingest elsewhere.
    /// </summary>
    [Fact]
    public async Task A_postgres_batch_notifies_the_other_instances_once_at_its_commit()
    {
        var backend = Open(StorageProvider.Postgres);
        await using var listener = await ListenAsync();
        var payloads = new List<string>();
        listener.Notification += (_, e) => payloads.Add(e.Payload);
        var store = backend.Articles();

        using (var batch = store.BeginWriteBatch())
        {
            foreach (var id in new[] { "a", "b", "c" }) store.Save(Story(id), "h-" + id);
            batch.Commit();
        }
        store.Save(Story("d"), "h-d"); // outside a batch: its own notification, which marks the end

        while (!payloads.Contains("4")) Assert.True(await listener.WaitAsync(TimeSpan.FromSeconds(30)), $"notifications so far: {string.Join(", ", payloads)}");
        Assert.Equal(["3", "4"], payloads);
    }

    /// <summary>
    /// A replica's catch-up re-derives every signature the writing instance already stored with the article: saving the
    /// same signature again writes nothing (the row keeps its version), so a catch-up's batch locks no row an ingest
    /// on another instance may be writing. A changed signature is still written.
    /// </summary>
    [Fact]
    public void Saving_the_signature_a_postgres_table_already_holds_writes_nothing()
    {
        var backend = Open(StorageProvider.Postgres);
        backend.Articles().Save(Story("a"), "h1");
        backend.NearDuplicates().Save("a", SignatureOf("a"));
        var version = RowVersion("a");

        backend.NearDuplicates().Save("a", SignatureOf("a"));
        Assert.Equal(version, RowVersion("a"));

        backend.NearDuplicates().Save("a", SignatureOf("changed"));
        Assert.NotEqual(version, RowVersion("a"));
        Assert.Equal("a", Assert.Single(backend.NearDuplicates().FindCandidates(SignatureOf("changed"))).ArticleId);
        Assert.Empty(backend.NearDuplicates().FindCandidates(SignatureOf("a")));
    }

    private string RowVersion(string articleId)
    {
        using var connection = new NpgsqlConnection(DatabaseConnectionString);
        connection.Open();
        return connection.QuerySingle<string>("SELECT xmin::text FROM web_near_dup_signatures WHERE article_id = @articleId", new { articleId });
    }

    private async Task<NpgsqlConnection> ListenAsync()
    {
        var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        await using var listen = new NpgsqlCommand($"LISTEN {PostgresArticleStore.ChangeChannel}", connection);
        await listen.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>A flow that does not inherit the batch (like a chat answer on another request).</summary>
    private static Task<T> OnAnotherFlow<T>(Func<T> read)
    {
        using (ExecutionContext.SuppressFlow()) return Task.Run(read);
    }
}
