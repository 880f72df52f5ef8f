using Briefing.Core.Tests.Support;
using Briefing.Core.Web;
using Briefing.Storage.Postgres;
using Briefing.Storage.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Web;

/// <summary>
/// Issue 13: instances on one PostgreSQL database (the throwaway cluster) poll each feed once per interval between
/// them, and a feed a dead instance held is taken over when its lease runs out. Both pollers run on one fake clock
/// against the real feed server; each waits for its own "pass done" signal, no timing is asserted.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FeedPollingAcrossInstancesTests(PostgresCluster cluster) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private readonly WakeUpRecordingTimeProvider _time = new(Start);
    private readonly List<WebTestServices> _instances = [];
    private FakeNewsWebServer _server = null!;
    private string _database = null!;

    private string FeedUrl => _server.Url("/feed.xml").AbsoluteUri;

    public async Task InitializeAsync()
    {
        _server = await FakeNewsWebServer.StartAsync();
        _database = cluster.CreateDatabase("feedpolls");
        var pageUrl = _server.Url("/local/bridge");
        _server.MapContent("/local/bridge", "text/html", TestPages.Read("news-page.html"));
        _server.MapContent("/feed.xml", "application/rss+xml", TestFeeds.Rss(pageUrl), etag: "\"v1\"");
    }

    [Fact]
    public async Task Two_instances_fetch_a_feed_once_per_interval_between_them()
    {
        var first = Instance();
        var second = Instance();
        await Task.WhenAll(first.StartAsync(CancellationToken.None), second.StartAsync(CancellationToken.None));
        try
        {
            for (var interval = 1; interval <= 3; interval++)
            {
                // Every wake-up either instance armed is due within one interval, so each makes one pass per step.
                await WaitForPassAsync(first, interval);
                await WaitForPassAsync(second, interval);
                Assert.Equal(interval, _server.CountRequests("/feed.xml"));
                _time.Advance(Every);
            }
            Assert.Equal(1, _server.CountRequests("/local/bridge"));
        }
        finally
        {
            await Task.WhenAll(first.StopAsync(CancellationToken.None), second.StopAsync(CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_feed_held_by_an_instance_that_died_is_taken_over_when_its_lease_runs_out()
    {
        // What a dead instance leaves behind: its claim on the feed, taken at start and never completed.
        using var database = new PostgresDatabase(_database);
        var claims = new PostgresFeedPollClaims(database);
        Assert.True(claims.TryClaim(FeedUrl, "instance-that-died", Start, Lease).Claimed);
        var survivor = Instance();

        await survivor.StartAsync(CancellationToken.None);
        try
        {
            await WaitForPassAsync(survivor, 1);
            Assert.Equal(0, _server.CountRequests("/feed.xml"));
            Assert.Equal(Start + Lease, _time.WakeUps[^1]); // it looks again when the lease runs out

            _time.Advance(Lease - TimeSpan.FromMinutes(1));
            Assert.False(survivor.WhenPassCompleted(2).IsCompleted); // its only timer is due later on the fake clock
            _time.Advance(TimeSpan.FromMinutes(1));
            await WaitForPassAsync(survivor, 2);
            Assert.Equal(1, _server.CountRequests("/feed.xml"));
            Assert.Equal(Start + Lease + Every, _time.WakeUps[^1]);
            Assert.False(claims.Complete(FeedUrl, "instance-that-died", Start + Every)); // a late word from the dead one changes nothing
        }
        finally
        {
            await survivor.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>One instance: its own data folder (Lucene replica), the shared database, the shared fake clock.</summary>
    private FeedPollingService Instance()
    {
        var services = new WebTestServices(settings: new()
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Briefing"] = _database,
            ["Briefing:Sources:0:url"] = FeedUrl,
            ["Briefing:Sources:0:every"] = Every.ToString(),
            ["Ingestion:FeedPollLease"] = Lease.ToString(),
        }, timeProvider: _time);
        _instances.Add(services);
        return services.Provider.GetRequiredService<FeedPollingService>();
    }

    /// <summary>Waits for the poller's own signal that <paramref name="passes"/> passes are done (bounded; no timing is asserted).</summary>
    private static async Task WaitForPassAsync(FeedPollingService poller, int passes)
    {
        var done = poller.WhenPassCompleted(passes);
        await Task.WhenAny(done, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(done.IsCompleted, $"the poller finished {poller.CompletedPasses} of {passes} passes");
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances) instance.Dispose();
        await _server.DisposeAsync();
    }
}
