using Briefing.Core.Tests.Support;
using Briefing.Core.Web;
using Briefing.Storage.Postgres;
using Briefing.Storage.Tests.Support;
using Microsoft.AspNetCore.Http;
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

    /// <summary>
    /// A poll that takes longer than the lease (a slow feed): the instance polling it renews its claim every third of the
    /// lease, so the other instance, looking again when the first lease would have run out, still finds the feed
    /// taken and does not fetch it a second time.
    /// </summary>
    [Fact]
    public async Task A_poll_that_outlasts_its_lease_keeps_the_feed_from_the_other_instance()
    {
        var fetching = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pageUrl = _server.Url("/local/bridge");
        _server.Map("/feed.xml", async context =>
        {
            fetching.TrySetResult();
            await answer.Task; // the feed answers only when the test says so
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(TestFeeds.Rss(pageUrl));
        });
        // A short lease, and a request timeout (on the same fake clock) longer than it: the feed is slow, not dead.
        var lease = TimeSpan.FromMinutes(1);
        var slow = Instance(lease);
        var other = Instance(lease);
        await slow.StartAsync(CancellationToken.None);
        try
        {
            Assert.Same(fetching.Task, await Task.WhenAny(fetching.Task, Task.Delay(TimeSpan.FromSeconds(60))));
            await other.StartAsync(CancellationToken.None);
            await WaitForPassAsync(other, 1);
            Assert.Equal(Start + lease, _time.WakeUps[^1]); // the other looks again when the first lease would run out

            // A whole lease passes on the clock while the feed is still answering: a renewal every third of it.
            for (var third = 1; third <= 3; third++)
            {
                await TimerArmedAsync(Start + lease / 3 * third);
                _time.Advance(lease / 3);
            }
            await WaitForPassAsync(other, 2);
            Assert.Equal(1, _server.CountRequests("/feed.xml"));
            Assert.True(_time.WakeUps[^1] > Start + lease, "the other instance found the claim renewed and looks again later");

            answer.SetResult();
            await WaitForPassAsync(slow, 1);
            Assert.Equal(1, _server.CountRequests("/feed.xml"));
            Assert.Equal(1, _server.CountRequests("/local/bridge"));
        }
        finally
        {
            answer.TrySetResult();
            await Task.WhenAll(slow.StopAsync(CancellationToken.None), other.StopAsync(CancellationToken.None));
        }
    }

    /// <summary>Waits (bounded) until a timer due at <paramref name="due"/> is armed on the shared fake clock.</summary>
    private async Task TimerArmedAsync(DateTimeOffset due)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!_time.WakeUps.Contains(due))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no timer armed for {due:O}; armed: {string.Join(", ", _time.WakeUps.Select(w => w.ToString("O")))}");
            await Task.Delay(10);
        }
    }

    /// <summary>One instance: its own data folder (Lucene replica), the shared database, the shared fake clock.</summary>
    private FeedPollingService Instance(TimeSpan? lease = null)
    {
        var services = new WebTestServices(settings: new()
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Briefing"] = _database,
            ["Briefing:Sources:0:url"] = FeedUrl,
            ["Briefing:Sources:0:every"] = Every.ToString(),
            ["Ingestion:FeedPollLease"] = (lease ?? Lease).ToString(),
            ["Ingestion:RequestTimeout"] = TimeSpan.FromMinutes(5).ToString(),
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
