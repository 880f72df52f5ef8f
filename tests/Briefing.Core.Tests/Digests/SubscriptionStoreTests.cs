using Briefing.Core.Digests;
using Briefing.Core.Digests.Scheduling;
using Briefing.Core.State;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Core.Tests.Digests;

public sealed class SubscriptionStoreTests : IDisposable
{
    private static readonly TimeZoneInfo Berlin = DigestTimeZones.Find("Europe/Berlin");
    private readonly TempFolder _folder = new();
    // 10:00 in Berlin.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    private SqliteSubscriptionStore NewStore() => new(new StateDatabase(_folder.Combine("state.db")), _clock);

    [Fact]
    public void A_subscription_survives_a_new_store_on_the_same_file()
    {
        NewStore().Subscribe(42, new TimeOnly(18, 30), Berlin, "de");

        var found = NewStore().Find(42);

        Assert.Equal(new Subscription(42, new TimeOnly(18, 30), "Europe/Berlin", "de", null), found);
    }

    [Fact]
    public void A_time_already_past_today_starts_tomorrow()
    {
        var subscription = NewStore().Subscribe(7, new TimeOnly(8, 0), Berlin, "en");

        Assert.Equal(new DateOnly(2026, 11, 24), subscription.LastSentDate);
    }

    [Fact]
    public void Changing_the_time_after_todays_digest_does_not_allow_a_second_one()
    {
        var store = NewStore();
        store.Subscribe(7, new TimeOnly(18, 0), Berlin, "en");
        Assert.True(store.TryClaim(7, new DateOnly(2026, 11, 24)));

        var changed = store.Subscribe(7, new TimeOnly(20, 0), Berlin, "en");

        Assert.Equal(new DateOnly(2026, 11, 24), changed.LastSentDate);
        Assert.False(store.TryClaim(7, new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public void A_day_can_be_claimed_once_and_released_after_a_failed_delivery()
    {
        var store = NewStore();
        store.Subscribe(7, new TimeOnly(18, 0), Berlin, "en");
        var day = new DateOnly(2026, 11, 24);

        Assert.True(store.TryClaim(7, day));
        Assert.False(NewStore().TryClaim(7, day));
        store.Release(7, day, previous: null);
        Assert.True(store.TryClaim(7, day));
        Assert.True(store.TryClaim(7, day.AddDays(1)));
    }

    [Fact]
    public void Unsubscribing_removes_the_subscription_once()
    {
        var store = NewStore();
        store.Subscribe(7, new TimeOnly(18, 0), Berlin, "en");

        Assert.True(store.Unsubscribe(7));
        Assert.False(store.Unsubscribe(7));
        Assert.Null(store.Find(7));
        Assert.Empty(store.All());
    }
}
