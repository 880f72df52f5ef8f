using Briefing.Core.Digests;
using Briefing.Core.Digests.Scheduling;
using Briefing.Core.Tests.Digests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Core.Tests.Digests;

public sealed class DigestSchedulerTests : IDisposable
{
    private static readonly TimeZoneInfo Berlin = DigestTimeZones.Find("Europe/Berlin");
    private readonly RecordingDelivery _delivery = new();
    private readonly DigestTestHost _host;

    public DigestSchedulerTests()
    {
        // Monday 2026-11-23, 06:00 in Berlin.
        _host = new DigestTestHost(now: new DateTimeOffset(2026, 11, 23, 5, 0, 0, TimeSpan.Zero),
            configure: s => s.AddSingleton<IDigestDelivery>(_delivery));
        _delivery.Clock = _host.Clock;
        _host.Add(StoryArticles.FootballEnglish with { Published = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero) });
    }

    public void Dispose() => _host.Dispose();

    private ISubscriptionStore Store => _host.Services.GetRequiredService<ISubscriptionStore>();

    /// <summary>A new scheduler instance, as after a restart, on the same state.db.</summary>
    private DigestScheduler NewScheduler() => ActivatorUtilities.CreateInstance<DigestScheduler>(_host.Services);

    private Task<int> PassAsync(DigestScheduler? scheduler = null) => (scheduler ?? NewScheduler()).SendDueAsync(CancellationToken.None);

    [Fact]
    public async Task A_subscriber_gets_exactly_one_digest_a_day_even_across_a_restart()
    {
        Store.Subscribe(1, new TimeOnly(8, 0), Berlin, "en");

        Assert.Equal(0, await PassAsync()); // 06:00: not yet
        _host.Clock.Advance(TimeSpan.FromHours(2)); // 08:00
        Assert.Equal(1, await PassAsync());
        Assert.Equal(0, await PassAsync()); // the same instance again
        Assert.Equal(0, await PassAsync(NewScheduler())); // "restarted"
        _host.Clock.Advance(TimeSpan.FromHours(15)); // 23:00, still Monday
        Assert.Equal(0, await PassAsync());
        _host.Clock.Advance(TimeSpan.FromHours(9)); // Tuesday 08:00
        Assert.Equal(1, await PassAsync());

        Assert.Equal([new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 23)], _delivery.Sent.Select(s => s.Date));
    }

    [Fact]
    public async Task A_digest_missed_while_down_goes_out_when_back_the_same_day_only()
    {
        Store.Subscribe(1, new TimeOnly(8, 0), Berlin, "en");

        _host.Clock.Advance(TimeSpan.FromHours(5)); // back at 11:00, digest was due at 08:00
        Assert.Equal(1, await PassAsync());
        _host.Clock.Advance(TimeSpan.FromHours(20)); // down again; back Tuesday 07:00, before Tuesday's time
        Assert.Equal(0, await PassAsync());
        _host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(4)); // down all Tuesday 08:00; back Wednesday 11:00
        Assert.Equal(1, await PassAsync());

        Assert.Equal(2, _delivery.Sent.Count); // Monday's and Wednesday's; Tuesday's is not sent late
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_later_the_same_day()
    {
        Store.Subscribe(1, new TimeOnly(8, 0), Berlin, "en");
        var scheduler = NewScheduler();
        _host.Clock.Advance(TimeSpan.FromHours(2));
        _delivery.Fail = true;

        Assert.Equal(0, await PassAsync(scheduler));
        _delivery.Fail = false;
        Assert.Equal(0, await PassAsync(scheduler)); // backing off
        _host.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await PassAsync(scheduler));
        Assert.Single(_delivery.Sent);
    }

    [Fact]
    public async Task Local_time_holds_across_the_change_to_summer_time()
    {
        // Sunday 2026-03-29: clocks jump from 02:00 to 03:00 in Berlin. A 02:30 subscriber gets it at 03:00 CEST (01:00 UTC).
        using var host = new DigestTestHost(now: new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero),
            configure: s => s.AddSingleton<IDigestDelivery>(_delivery));
        var store = host.Services.GetRequiredService<ISubscriptionStore>();
        store.Subscribe(1, new TimeOnly(2, 30), Berlin, "de");
        store.Subscribe(2, new TimeOnly(8, 0), Berlin, "de");
        var scheduler = ActivatorUtilities.CreateInstance<DigestScheduler>(host.Services);

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 29, 0, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await scheduler.SendDueAsync(CancellationToken.None));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await scheduler.SendDueAsync(CancellationToken.None));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 29, 5, 59, 0, TimeSpan.Zero)); // 07:59 CEST
        Assert.Equal(0, await scheduler.SendDueAsync(CancellationToken.None));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 29, 6, 0, 0, TimeSpan.Zero)); // 08:00 CEST
        Assert.Equal(1, await scheduler.SendDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_repeated_hour_at_the_change_to_winter_time_sends_once()
    {
        // Sunday 2026-10-25: 02:00-03:00 happens twice in Berlin.
        using var host = new DigestTestHost(now: new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero),
            configure: s => s.AddSingleton<IDigestDelivery>(_delivery));
        host.Services.GetRequiredService<ISubscriptionStore>().Subscribe(1, new TimeOnly(2, 30), Berlin, "de");
        var scheduler = ActivatorUtilities.CreateInstance<DigestScheduler>(host.Services);

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero)); // 02:30 CEST
        Assert.Equal(1, await scheduler.SendDueAsync(CancellationToken.None));
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero)); // 02:30 CET, again
        Assert.Equal(0, await scheduler.SendDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_hosted_scheduler_wakes_at_the_due_time_on_the_injected_clock()
    {
        Store.Subscribe(1, new TimeOnly(8, 0), Berlin, "en");
        var scheduler = _host.Services.GetServices<IHostedService>().OfType<DigestScheduler>().Single();
        await scheduler.StartAsync(CancellationToken.None);
        try
        {
            for (var minute = 0; minute < 240 && _delivery.Sent.Count == 0; minute++)
            {
                _host.Clock.Advance(TimeSpan.FromMinutes(1));
                await Task.Delay(10);
            }
            Assert.True(await _delivery.WaitAsync());
            for (var hour = 0; hour < 20; hour++)
            {
                _host.Clock.Advance(TimeSpan.FromMinutes(30));
                await Task.Delay(10);
            }
            var sent = Assert.Single(_delivery.Sent);
            // Not before the due time (the background loop may run a little behind the fake clock).
            Assert.InRange(sent.At, new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_morning_subscription_brings_the_previous_day_an_evening_one_the_same_day()
    {
        Store.Subscribe(1, new TimeOnly(7, 0), Berlin, "en");
        Store.Subscribe(2, new TimeOnly(19, 0), Berlin, "en");
        _host.Clock.Advance(TimeSpan.FromHours(14)); // 20:00

        Assert.Equal(2, await PassAsync());

        Assert.Equal(new DateOnly(2026, 11, 22), _delivery.Sent.Single(s => s.ChatId == 1).Date);
        Assert.Equal(new DateOnly(2026, 11, 23), _delivery.Sent.Single(s => s.ChatId == 2).Date);
    }
}
