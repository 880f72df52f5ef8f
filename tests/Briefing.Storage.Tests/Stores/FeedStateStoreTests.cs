using Briefing.Core.Web;
using Briefing.Storage.Tests.Support;

namespace Briefing.Storage.Tests.Stores;

public sealed class FeedStateStoreTests(PostgresCluster cluster) : StoreTestBase(cluster)
{
    private const string Feed = "https://news.example/feed.xml";

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Validators_are_kept_per_feed_and_replaced(StorageProvider provider)
    {
        var backend = Open(provider);
        var modified = new DateTimeOffset(2026, 11, 26, 18, 30, 5, TimeSpan.Zero);
        backend.FeedState().SaveValidators(Feed, new WebValidators("\"v1\"", modified));
        Assert.Equal(new WebValidators("\"v1\"", modified), backend.FeedState().GetValidators(Feed));

        backend.FeedState().SaveValidators(Feed, new WebValidators("\"v2\"", null));
        Assert.Equal(new WebValidators("\"v2\"", null), backend.FeedState().GetValidators(Feed));
        Assert.Null(backend.FeedState().GetValidators("https://other.example/feed.xml"));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Seen_items_are_per_feed_and_marking_twice_is_harmless(StorageProvider provider)
    {
        var backend = Open(provider);
        backend.FeedState().MarkSeen(Feed, "guid-1");
        backend.FeedState().MarkSeen(Feed, "guid-1");

        Assert.True(backend.FeedState().IsSeen(Feed, "guid-1"));
        Assert.False(backend.FeedState().IsSeen(Feed, "guid-2"));
        Assert.False(backend.FeedState().IsSeen("https://other.example/feed.xml", "guid-1"));
    }
}
