using Briefing.Storage.Tests.Support;
using Briefing.Telegram.Polling;

namespace Briefing.Storage.Tests.Stores;

public sealed class UpdateOffsetStoreTests(PostgresCluster cluster) : StoreTestBase(cluster)
{
    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Continues_after_the_last_update_per_bot(StorageProvider provider)
    {
        var backend = Open(provider);
        backend.UpdateOffsets().SaveLastUpdateId("111", 500);
        backend.UpdateOffsets().SaveLastUpdateId("222", 9);
        backend.UpdateOffsets().SaveLastUpdateId("111", 501);

        Assert.Equal(502, backend.UpdateOffsets().NextOffset("111"));
        Assert.Equal(10, backend.UpdateOffsets().NextOffset("222"));
        Assert.Null(backend.UpdateOffsets().NextOffset("333"));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void An_offset_older_than_telegrams_update_retention_is_not_used(StorageProvider provider)
    {
        var store = Open(provider).UpdateOffsets();
        store.SaveLastUpdateId("111", 500);
        Time.Advance(IUpdateOffsetStore.MaxUsefulAge - TimeSpan.FromMinutes(1));
        Assert.Equal(501, store.NextOffset("111"));
        Time.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(store.NextOffset("111"));
    }
}
