using Briefing.Core.Curation;
using Briefing.Core.Ingestion;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Briefing.Core.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Core.Tests.Web;

/// <summary>Removed articles and the feed poller: a real feed server on 127.0.0.1, the real index, a fake clock.</summary>
public sealed class RemovedFeedArticleTests : IAsyncLifetime
{
    private const string BudgetId = "https://news.example.org/politics/budget-approved";
    private const string BridgeId = "https://news.example.org/local/harbour-bridge-reopens";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 6, 0, 0, TimeSpan.Zero));
    private FakeNewsWebServer _server = null!;
    private WebTestServices _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeNewsWebServer.StartAsync();
        _services = new WebTestServices(settings: new()
        {
            ["Briefing:Sources:0:url"] = _server.Url("/feed.xml").AbsoluteUri,
            ["Briefing:Sources:0:every"] = "00:15:00",
        }, timeProvider: _time);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _services.Dispose();
    }

    private INewsIndex Index => _services.Provider.GetRequiredService<INewsIndex>();
    private ArticleRemover Remover => _services.Provider.GetRequiredService<ArticleRemover>();
    private FeedPollingService Poller => _services.Provider.GetRequiredService<FeedPollingService>();

    [Fact]
    public async Task A_removed_feed_item_does_not_come_back_when_the_feed_changes()
    {
        var pageUrl = _server.Url("/local/bridge");
        _server.MapContent("/local/bridge", "text/html", TestPages.Read("news-page.html"));
        _server.MapContent("/feed.xml", "application/rss+xml", TestFeeds.Rss(pageUrl), etag: "\"v1\"");
        await Poller.StartAsync(CancellationToken.None);
        try
        {
            await WaitForPassAsync(1);
            Assert.NotNull(Index.GetArticle(BudgetId));

            await Remover.RemoveAsync([BudgetId], "test", CancellationToken.None);
            _server.MapContent("/feed.xml", "application/rss+xml", TestFeeds.WithItemFirst(TestFeeds.Rss(pageUrl), TestFeeds.FerryItem), etag: "\"v2\"");
            _time.Advance(TimeSpan.FromMinutes(15));
            await WaitForPassAsync(2);

            Assert.NotNull(Index.GetArticle("https://news.example.org/local/ferry"));
            Assert.Null(Index.GetArticle(BudgetId));
            Assert.NotNull(Index.GetArticle(BridgeId));
        }
        finally
        {
            await Poller.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_removed_page_listed_by_a_polled_feed_stays_out_until_its_text_changes()
    {
        var pageUrl = _server.Url("/local/bridge");
        var page = TestPages.Read("news-page.html");
        _server.MapContent("/local/bridge", "text/html", page);
        var explicitIngest = await _services.Provider.GetRequiredService<IngestionService>().IngestAsync([pageUrl.AbsoluteUri], null, CancellationToken.None);
        Assert.Equal(1, explicitIngest.Added);
        await Remover.RemoveAsync([BridgeId], "test", CancellationToken.None);

        _server.MapContent("/feed.xml", "application/rss+xml", TestFeeds.Rss(pageUrl), etag: "\"v1\"");
        await Poller.StartAsync(CancellationToken.None);
        try
        {
            await WaitForPassAsync(1);
            Assert.NotNull(Index.GetArticle(BudgetId));
            Assert.Null(Index.GetArticle(BridgeId));

            // The publisher corrects the story and lists it again under a new guid: the changed text comes back.
            _server.MapContent("/local/bridge", "text/html", page.Replace("48 million euros", "52 million euros", StringComparison.Ordinal));
            _server.MapContent("/feed.xml", "application/rss+xml", TestFeeds.Rss(new Uri(pageUrl + "?rev=2")), etag: "\"v2\"");
            _time.Advance(TimeSpan.FromMinutes(15));
            await WaitForPassAsync(2);

            var corrected = Index.GetArticle(BridgeId);
            Assert.NotNull(corrected);
            Assert.Contains("52 million euros", string.Join(" ", corrected.Article.Paragraphs));
        }
        finally
        {
            await Poller.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Waits (bounded) until the poller has finished <paramref name="passes"/> passes; no timing is asserted.</summary>
    private async Task WaitForPassAsync(int passes)
    {
        for (var i = 0; i < 1000 && Poller.CompletedPasses < passes; i++) await Task.Delay(20);
        Assert.True(Poller.CompletedPasses >= passes, $"the poller finished {Poller.CompletedPasses} of {passes} passes");
    }
}
