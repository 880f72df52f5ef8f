using Briefing.Core.Articles;
using Briefing.Storage.Tests.Support;

namespace Briefing.Storage.Tests.Stores;

public sealed class ArticleStoreTests(PostgresCluster cluster) : StoreTestBase(cluster)
{
    private static Article Story(string id, string text) => new()
    {
        Id = id, Title = "Harbour " + id, Language = "en", Paragraphs = [text, "Second paragraph."],
        Published = new DateTimeOffset(2026, 11, 27, 8, 30, 0, TimeSpan.FromHours(1)), Source = "Wire",
        Url = "https://wire.example/" + id, Origin = "feed",
    };

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Keeps_the_text_and_numbers_every_write_and_removal_in_order(StorageProvider provider)
    {
        var backend = Open(provider);
        var store = backend.Articles();
        var first = store.Save(Story("a", "The harbour reopened."), "h1");
        var second = store.Save(Story("b", "The ferry returned."), "h2");
        var rewrite = store.Save(Story("a", "The harbour reopened on Monday."), "h3");
        var removal = store.Remove("b");

        Assert.True(first < second && second < rewrite && rewrite < removal);
        var reopened = backend.Articles(); // another instance, or a restart
        var a = reopened.Get("a")!;
        Assert.Equal(["The harbour reopened on Monday.", "Second paragraph."], a.Article.Paragraphs);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 8, 30, 0, TimeSpan.FromHours(1)), a.Article.Published);
        Assert.Equal(TimeSpan.FromHours(1), a.Article.Published!.Value.Offset);
        Assert.Equal(("Wire", "https://wire.example/a", "feed", "h3", rewrite), (a.Article.Source, a.Article.Url, a.Article.Origin, a.ContentHash, a.Sequence));
        Assert.Null(reopened.Get("b"));
        var header = Assert.Single(reopened.Headers());
        Assert.Equal(("a", "Harbour a", "Wire", "en"), (header.Id, header.Title, header.Source, header.Language));
        Assert.Equal(a.Article.Published, header.Published);
        Assert.Equal("a", reopened.FindIdByContentHash("h3"));
        Assert.Null(reopened.FindIdByContentHash("h2"));
        Assert.Equal(1, reopened.Count);
        var changes = reopened.ChangesAfter(first, 10);
        Assert.Equal([("a", false), ("b", true)], changes.Select(c => (c.ArticleId, c.IsRemoval)));
        Assert.Equal(removal, reopened.LastSequence);
        Assert.Null(reopened.Remove("b")); // already gone: no new change
        Assert.Equal(removal, reopened.LastSequence);
    }

    /// <summary>Instances share the PostgreSQL store (SQLite has one writer per data folder, by its lock).</summary>
    [Fact]
    public async Task Concurrent_writers_get_distinct_sequences_that_a_follower_reads_without_gaps()
    {
        var backend = Open(StorageProvider.Postgres);
        var seen = new List<long>();
        var follower = backend.Articles();
        long after = 0;
        void Follow()
        {
            foreach (var change in follower.ChangesAfter(after, 1000))
            {
                seen.Add(change.Sequence);
                after = change.Sequence;
            }
        }

        // Four writers (instances) at once while a follower pages through the changes as they appear.
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            var store = backend.Articles();
            for (var i = 0; i < 50; i++) store.Save(Story($"w{w}-{i}", $"Text {w} {i}."), $"h{w}-{i}");
        })).ToArray();
        var all = Task.WhenAll(writers);
        while (!all.IsCompleted)
        {
            Follow();
            await Task.WhenAny(all, Task.Delay(5));
        }
        await all;
        Follow();

        // Every change seen exactly once, in order: a later change never showed up before an earlier one committed.
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), seen);
        Assert.Equal(200, follower.Count);
    }
}
