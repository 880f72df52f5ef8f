using Briefing.Core.Digests;
using Briefing.Core.Digests.Scheduling;
using Briefing.Core.Tests.Digests.Support;
using Briefing.Storage.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Core.Tests.Digests;

/// <summary>
/// Issue 13: two instances' digest schedulers on one PostgreSQL database (the throwaway cluster) and one fake clock,
/// over a simulated day with one subscriber: one digest, whichever instance claims the day first.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DigestSchedulersAcrossInstancesTests(PostgresCluster cluster) : IDisposable
{
    private static readonly TimeZoneInfo Berlin = DigestTimeZones.Find("Europe/Berlin");
    private static readonly DateTimeOffset MondayMidnightInBerlin = new(2026, 11, 22, 23, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(10);
    private readonly FakeTimeProvider _clock = new(MondayMidnightInBerlin);
    private readonly RecordingDelivery _delivery = new();
    private readonly List<DigestTestHost> _hosts = [];

    [Fact]
    public async Task Two_schedulers_over_a_simulated_day_send_the_one_subscriber_one_digest()
    {
        var database = cluster.CreateDatabase("digestday");
        var schedulers = new[] { Instance(database), Instance(database) };
        _hosts[0].Services.GetRequiredService<ISubscriptionStore>().Subscribe(1, new TimeOnly(8, 0), Berlin, "en");

        // Every ten simulated minutes of Monday both instances make a pass at the same moment, as their loops would.
        var deliveredByPass = new List<int>();
        for (var at = MondayMidnightInBerlin; at < MondayMidnightInBerlin.AddDays(1); at += Step)
        {
            var passes = await Task.WhenAll(schedulers.Select(s => Task.Run(() => s.SendDueAsync(CancellationToken.None))));
            deliveredByPass.Add(passes.Sum());
            _clock.Advance(Step);
        }

        var sent = Assert.Single(_delivery.Sent);
        Assert.Equal(1, sent.ChatId);
        Assert.Equal(MondayMidnightInBerlin.AddHours(8), sent.At); // the first pass at 08:00 local sent it
        Assert.Equal(1, deliveredByPass.Sum());
    }

    /// <summary>One instance: its own data folder and index (holding the day's story), the shared database and clock.</summary>
    private DigestScheduler Instance(string database)
    {
        var host = new DigestTestHost(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Briefing"] = database,
        }, configure: s => s.AddSingleton<IDigestDelivery>(_delivery), clock: _clock);
        _hosts.Add(host);
        _delivery.Clock = _clock;
        host.Add(StoryArticles.FootballEnglish with { Published = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero) });
        return ActivatorUtilities.CreateInstance<DigestScheduler>(host.Services);
    }

    public void Dispose()
    {
        foreach (var host in _hosts) host.Dispose();
    }
}
