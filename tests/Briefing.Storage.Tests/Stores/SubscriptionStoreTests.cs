using Briefing.Core.Digests;
using Briefing.Core.Digests.Scheduling;
using Briefing.Storage.Tests.Support;

namespace Briefing.Storage.Tests.Stores;

public sealed class SubscriptionStoreTests(PostgresCluster cluster) : StoreTestBase(cluster)
{
    private static readonly TimeZoneInfo Berlin = DigestTimeZones.Find("Europe/Berlin");

    // The fake clock starts at 10:00 in Berlin.

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void A_subscription_is_seen_by_another_instance_and_a_time_past_today_starts_tomorrow(StorageProvider provider)
    {
        var backend = Open(provider);
        backend.Subscriptions().Subscribe(42, new TimeOnly(18, 30), Berlin, "de");
        var early = backend.Subscriptions().Subscribe(7, new TimeOnly(8, 0), Berlin, "en");

        Assert.Equal(new Subscription(42, new TimeOnly(18, 30), "Europe/Berlin", "de", null), backend.Subscriptions().Find(42));
        Assert.Equal(new DateOnly(2026, 11, 27), early.LastSentDate);
        Assert.Equal([7L, 42L], backend.Subscriptions().All().Select(s => s.ChatId));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void A_day_is_claimed_once_across_instances_and_released_after_a_failed_delivery(StorageProvider provider)
    {
        var backend = Open(provider);
        var first = backend.Subscriptions();
        var second = backend.Subscriptions();
        first.Subscribe(7, new TimeOnly(18, 0), Berlin, "en");
        var day = new DateOnly(2026, 11, 27);

        Assert.True(first.TryClaim(7, day));
        Assert.False(second.TryClaim(7, day));
        Assert.Equal(day, second.Find(7)!.LastSentDate);
        first.Release(7, day, previous: null);
        Assert.True(second.TryClaim(7, day));
        Assert.True(first.TryClaim(7, day.AddDays(1)));
        Assert.False(first.TryClaim(7, day));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Changing_the_time_after_todays_digest_does_not_allow_a_second_one(StorageProvider provider)
    {
        var store = Open(provider).Subscriptions();
        store.Subscribe(7, new TimeOnly(18, 0), Berlin, "en");
        Assert.True(store.TryClaim(7, new DateOnly(2026, 11, 27)));

        var changed = store.Subscribe(7, new TimeOnly(20, 0), Berlin, "en");

        Assert.Equal(new DateOnly(2026, 11, 27), changed.LastSentDate);
        Assert.False(store.TryClaim(7, new DateOnly(2026, 11, 27)));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Unsubscribing_removes_the_subscription_once(StorageProvider provider)
    {
        var store = Open(provider).Subscriptions();
        store.Subscribe(7, new TimeOnly(18, 0), Berlin, "en");

        Assert.True(store.Unsubscribe(7));
        Assert.False(store.Unsubscribe(7));
        Assert.Null(store.Find(7));
        Assert.Empty(store.All());
    }
}
