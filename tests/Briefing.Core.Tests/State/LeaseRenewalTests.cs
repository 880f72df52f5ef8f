using Briefing.Core.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Core.Tests.State;

/// <summary>
/// A lease is renewed every third of it while the work runs, on the clock it is given: each test moves a fake clock
/// and waits for the renewal it triggers (a half-hour lease, so waiting on the wall clock would never get there).
/// </summary>
public sealed class LeaseRenewalTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Third = Lease / 3;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly TimerWatchingTimeProvider _time = new();
    private readonly SemaphoreSlim _renewed = new(0);
    private int _renewals;

    private bool Renew(bool result = true)
    {
        Interlocked.Increment(ref _renewals);
        _renewed.Release();
        return result;
    }

    [Fact]
    public async Task Renews_every_third_of_the_lease_on_the_given_clock_until_disposed()
    {
        var renewal = LeaseRenewal.Start(() => Renew(), Lease, _time, NullLogger.Instance, "a test");
        for (var expected = 1; expected <= 4; expected++)
        {
            await _time.NextTimerAsync();
            _time.Advance(Third - TimeSpan.FromSeconds(1));
            Assert.Equal(expected - 1, Volatile.Read(ref _renewals)); // not before a third of the lease
            _time.Advance(TimeSpan.FromSeconds(1));
            Assert.True(await _renewed.WaitAsync(Bound));
        }
        await _time.NextTimerAsync();
        await renewal.DisposeAsync();

        _time.Advance(Lease);
        Assert.Equal(4, Volatile.Read(ref _renewals));
    }

    [Fact]
    public async Task Stops_once_the_lease_is_taken_over_and_goes_on_after_a_failed_renewal()
    {
        var calls = 0;
        await using var renewal = LeaseRenewal.Start(() => ++calls switch
        {
            1 => throw new InvalidOperationException("database briefly away"),
            2 => Renew(),
            _ => Renew(result: false), // another instance holds it now
        }, Lease, _time, NullLogger.Instance, "a test");

        await _time.NextTimerAsync();
        _time.Advance(Third);                       // the failing renewal
        await _time.NextTimerAsync();               // ... and still a next one
        _time.Advance(Third);
        Assert.True(await _renewed.WaitAsync(Bound));
        await _time.NextTimerAsync();
        _time.Advance(Third);
        Assert.True(await _renewed.WaitAsync(Bound)); // told the lease is gone
        Assert.Equal(3, _time.TimersCreated);
        _time.Advance(Lease);
        Assert.Equal(3, calls);
        Assert.Equal(3, _time.TimersCreated);       // no timer armed after the lease was lost
    }

    [Fact]
    public async Task Work_still_running_after_the_most_leases_is_left_to_run_out()
    {
        await using var renewal = LeaseRenewal.Start(() => Renew(), Lease, _time, NullLogger.Instance, "a test", maxLeases: 2);
        for (var i = 0; i < 6; i++)
        {
            await _time.NextTimerAsync();
            _time.Advance(Third);
            Assert.True(await _renewed.WaitAsync(Bound));
        }
        _time.Advance(Lease);
        Assert.Equal(6, Volatile.Read(ref _renewals));
    }

    /// <summary>A fake clock that says when a timer was armed on it, so the test moves it only once the renewal waits.</summary>
    private sealed class TimerWatchingTimeProvider() : FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero))
    {
        private readonly SemaphoreSlim _created = new(0);
        private int _timersCreated;

        public int TimersCreated => Volatile.Read(ref _timersCreated);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            Interlocked.Increment(ref _timersCreated);
            _created.Release();
            return timer;
        }

        public async Task NextTimerAsync() => Assert.True(await _created.WaitAsync(Bound), "no timer was armed");
    }
}
