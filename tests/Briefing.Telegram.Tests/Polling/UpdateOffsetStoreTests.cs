using Briefing.Core.State;
using Briefing.Telegram.Polling;
using Briefing.Telegram.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Telegram.Tests.Polling;

public sealed class UpdateOffsetStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    private SqliteUpdateOffsetStore NewStore() => new(new StateDatabase(Path.Combine(_folder.Path, "state.db")), _time);

    [Fact]
    public void Continues_after_the_last_update_across_restarts_per_bot()
    {
        NewStore().SaveLastUpdateId("111", 500);
        NewStore().SaveLastUpdateId("222", 9);

        Assert.Equal(501, NewStore().NextOffset("111"));
        Assert.Equal(10, NewStore().NextOffset("222"));
        Assert.Null(NewStore().NextOffset("333"));
    }

    [Fact]
    public void An_offset_older_than_telegrams_update_retention_is_not_used()
    {
        var store = NewStore();
        store.SaveLastUpdateId("111", 500);
        _time.Advance(IUpdateOffsetStore.MaxUsefulAge + TimeSpan.FromMinutes(1));

        Assert.Null(store.NextOffset("111"));
    }

    public void Dispose() => _folder.Dispose();
}
