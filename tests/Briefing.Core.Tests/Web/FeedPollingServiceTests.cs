using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Briefing.Core.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Core.Tests.Web;

/// <summary>The hosted poller on a fake clock against a real feed server and the real index.</summary>
public sealed class FeedPollingServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);
    private readonly WakeUpRecordingTimeProvider _time = new(Start);
    private FakeNewsWebServer _server = null!;
    private WebTestServices _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeNewsWebServer.StartAsync();
        _services = new WebTestServices(settings: new()
        {
            ["Briefing:Sources:0"] = "samples-not-polled",
            ["Briefing:Sources:1:url"] = _server.Url("/feed.xml").AbsoluteUri,
            ["Briefing:Sources:1:every"] = "00:15:00",
        }, timeProvider: _time);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _services.Dispose();
    }

    [Fact]
    public async Task Feed_is_polled_at_start_and_again_each_interval_with_conditional_get()
    {
        var pageUrl = _server.Url("/local/bridge");
        _server.MapContent("/local/bridge", "text/html", TestPages.Read("news-page.html"));
        _server.MapContent("/feed.xml", "application/rss+xml", TestFeeds.Rss(pageUrl), etag: "\"v1\"");
        var poller = _services.Provider.GetRequiredService<FeedPollingService>();
        var index = _services.Provider.GetRequiredService<INewsIndex>();

        await poller.StartAsync(CancellationToken.None);
        try
        {
            await WaitForPassAsync(poller, 1);
            Assert.NotNull(index.GetArticle("https://news.example.org/politics/budget-approved"));
            Assert.NotNull(index.GetArticle("https://news.example.org/local/harbour-bridge-reopens"));

            // Unchanged feed: one conditional request answered 304, no page fetched again.
            _time.Advance(TimeSpan.FromMinutes(15));
            await WaitForPassAsync(poller, 2);
            Assert.Equal(2, _server.CountRequests("/feed.xml"));
            Assert.Equal("\"v1\"", _server.Requests.Last(r => r.Path == "/feed.xml").IfNoneMatch);
            Assert.Equal(1, _server.CountRequests("/local/bridge"));

            // A new item appears (new ETag): only it is ingested.
            _server.MapContent("/feed.xml", "application/rss+xml", TestFeeds.WithItemFirst(TestFeeds.Rss(pageUrl), TestFeeds.FerryItem), etag: "\"v2\"");
            _time.Advance(TimeSpan.FromMinutes(15));
            await WaitForPassAsync(poller, 3);
            Assert.Equal(3, _server.CountRequests("/feed.xml"));
            Assert.Equal(1, _server.CountRequests("/local/bridge"));
            Assert.Equal("Ferry timetable changes", index.GetArticle("https://news.example.org/local/ferry")?.Article.Title);
        }
        finally
        {
            await poller.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Nothing_is_polled_before_the_interval_has_passed()
    {
        _server.MapContent("/feed.xml", "application/rss+xml", TestFeeds.Atom(), etag: "\"a\"");
        var poller = _services.Provider.GetRequiredService<FeedPollingService>();

        await poller.StartAsync(CancellationToken.None);
        try
        {
            await WaitForPassAsync(poller, 1);
            // The only timer the poller armed is due one interval after start: on the fake clock nothing can wake it
            // earlier, so no early poll can be missed by looking too soon.
            Assert.Equal(Start + TimeSpan.FromMinutes(15), _time.WakeUps[^1]);
            _time.Advance(TimeSpan.FromMinutes(14));
            Assert.False(poller.WhenPassCompleted(2).IsCompleted);
            Assert.Equal(1, _server.CountRequests("/feed.xml"));

            _time.Advance(TimeSpan.FromMinutes(1));
            await WaitForPassAsync(poller, 2);
            Assert.Equal(2, _server.CountRequests("/feed.xml"));
            Assert.Equal(Start + TimeSpan.FromMinutes(30), _time.WakeUps[^1]);
        }
        finally
        {
            await poller.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Waits for the poller's own signal that <paramref name="passes"/> passes are done (bounded; no timing is asserted).</summary>
    private static async Task WaitForPassAsync(FeedPollingService poller, int passes)
    {
        var done = poller.WhenPassCompleted(passes);
        await Task.WhenAny(done, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(done.IsCompleted, $"the poller finished {poller.CompletedPasses} of {passes} passes");
    }
}
