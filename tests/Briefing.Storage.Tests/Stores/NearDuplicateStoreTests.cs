using Briefing.Core.Articles;
using Briefing.Core.Web;
using Briefing.Storage.Tests.Support;

namespace Briefing.Storage.Tests.Stores;

public sealed class NearDuplicateStoreTests(PostgresCluster cluster) : StoreTestBase(cluster)
{
    private static MinHashSignature Signature(int from, int count) =>
        MinHashSignature.Compute(Enumerable.Range(from, count).Select(i => (ulong)i * 2_654_435_761UL).ToArray());

    /// <summary>Signatures count only for articles the article store holds (crash consistency).</summary>
    private static void Store(StoreBackend backend, params string[] ids)
    {
        foreach (var id in ids)
            backend.Articles().Save(new Article { Id = id, Title = id, Language = "en", Paragraphs = ["Text of " + id] }, "hash-" + id);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Finds_articles_sharing_a_band_and_keeps_their_signatures(StorageProvider provider)
    {
        var backend = Open(provider);
        Store(backend, "a", "far");
        var original = Signature(0, 200);
        backend.NearDuplicates().Save("a", original);
        backend.NearDuplicates().Save("far", Signature(10_000, 200));

        var candidates = backend.NearDuplicates().FindCandidates(Signature(0, 198));

        var (id, stored) = Assert.Single(candidates);
        Assert.Equal("a", id);
        Assert.Equal(original.Values, stored.Values);
        Assert.Equal(original.ShingleCount, stored.ShingleCount);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void A_signature_of_an_article_the_store_does_not_hold_is_no_candidate(StorageProvider provider)
    {
        var backend = Open(provider);
        Store(backend, "kept", "removed");
        backend.NearDuplicates().Save("kept", Signature(0, 200));
        backend.NearDuplicates().Save("removed", Signature(0, 200));
        backend.NearDuplicates().Save("never-stored", Signature(0, 200));
        backend.Articles().Remove("removed");

        Assert.Equal("kept", Assert.Single(backend.NearDuplicates().FindCandidates(Signature(0, 200))).ArticleId);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void A_changed_article_replaces_its_signature(StorageProvider provider)
    {
        var backend = Open(provider);
        Store(backend, "a");
        backend.NearDuplicates().Save("a", Signature(0, 200));
        backend.NearDuplicates().Save("a", Signature(5_000, 200));

        Assert.Empty(backend.NearDuplicates().FindCandidates(Signature(0, 200)));
        Assert.Equal("a", Assert.Single(backend.NearDuplicates().FindCandidates(Signature(5_000, 200))).ArticleId);
    }

    /// <summary>
    /// An ingest's look-ups inside one write batch (SQLite reuses one prepared candidate query for the batch): each
    /// call answers for its own signature and sees what the batch wrote since the last call.
    /// </summary>
    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Look_ups_in_one_batch_answer_each_signature_and_see_the_batchs_writes(StorageProvider provider)
    {
        var backend = Open(provider);
        var (articles, nearDuplicates) = backend.OneProcessStores();
        using var batch = articles.BeginWriteBatch();
        foreach (var id in new[] { "first", "second" })
            articles.Save(new Article { Id = id, Title = id, Language = "en", Paragraphs = ["Text of " + id] }, "hash-" + id);
        nearDuplicates.Save("first", Signature(0, 200));

        Assert.Equal("first", Assert.Single(nearDuplicates.FindCandidates(Signature(0, 198))).ArticleId);
        Assert.Empty(nearDuplicates.FindCandidates(Signature(7_000, 200)));
        nearDuplicates.Save("second", Signature(7_000, 200));
        Assert.Equal("second", Assert.Single(nearDuplicates.FindCandidates(Signature(7_000, 198))).ArticleId);
        Assert.Equal("first", Assert.Single(nearDuplicates.FindCandidates(Signature(0, 200))).ArticleId);
        batch.Commit();

        Assert.Equal("second", Assert.Single(backend.NearDuplicates().FindCandidates(Signature(7_000, 200))).ArticleId);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Reports_list_other_sources_in_recorded_order_and_forget_removed_articles(StorageProvider provider)
    {
        var backend = Open(provider);
        var store = backend.NearDuplicates();
        var at = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
        store.Save("a", Signature(0, 200));
        store.AddReport("a", "b", "Zeitung B", null, "B", at.AddMinutes(2));
        store.AddReport("a", "c", null, "https://c.example/1", "C", at.AddMinutes(1));
        store.AddReport("a", "d", null, null, null, at.AddMinutes(3));
        store.AddReport("x", "a", "Quelle X", null, null, at);

        Assert.Equal(["https://c.example/1", "Zeitung B", "d"], backend.NearDuplicates().Reports("a"));

        store.Forget(["a"]);
        Assert.Empty(store.Reports("a"));
        Assert.Empty(store.Reports("x"));
        Assert.Empty(store.FindCandidates(Signature(0, 200)));
    }
}
