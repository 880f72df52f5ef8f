using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Web;

public sealed class WebArticleSourceTests : IAsyncLifetime
{
    private FakeNewsWebServer _server = null!;
    private readonly WebTestServices _services = new();

    public async Task InitializeAsync() => _server = await FakeNewsWebServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _services.Dispose();
    }

    [Fact]
    public async Task News_page_url_becomes_one_article_with_canonical_id_and_main_text()
    {
        _server.MapContent("/local/bridge", "text/html; charset=utf-8", TestPages.Read("news-page.html"));

        var result = Assert.Single(await _services.ReadAllAsync(_server.Url("/local/bridge").AbsoluteUri));

        Assert.Null(result.RejectionReason);
        var article = result.Article!;
        Assert.Equal("https://news.example.org/local/harbour-bridge-reopens", article.Id);
        Assert.Equal("Harbour bridge reopens after two years of repairs", article.Title);
        Assert.Equal(1.0, TestPages.KeptShare(article.Paragraphs, TestPages.EnglishBody));
        Assert.Equal(1.0, TestPages.DroppedShare(article.Title, article.Paragraphs, TestPages.EnglishBoilerplate));
    }

    [Fact]
    public async Task Page_without_canonical_url_is_identified_by_its_final_url_after_redirects()
    {
        _server.MapContent("/de/radwege", "text/html", TestPages.Read("news-page-de.html"));
        _server.MapRedirect("/short/r1", "/short/r2", 301);
        _server.MapRedirect("/short/r2", "/de/radwege#kommentare", 308);

        var result = Assert.Single(await _services.ReadAllAsync(_server.Url("/short/r1").AbsoluteUri));

        Assert.Equal(_server.Url("/de/radwege").AbsoluteUri, result.Article?.Id);
        Assert.Equal("de", result.Article!.Language);
    }

    [Theory]
    [InlineData("text/html; charset=windows-1252", "")]
    [InlineData("text/html", "<meta charset=\"windows-1252\">")]
    public async Task Page_in_a_legacy_encoding_is_decoded_by_header_or_meta_charset(string contentType, string meta)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var html = $"<html lang=\"de\"><head>{meta}<title>Grüße aus Köln</title></head><body><article><h1>Grüße aus Köln</h1>"
                   + "<p>Die Straßenbahn fährt wieder über die Brücke, nachdem die Gleise in zwölf Wochen erneuert wurden.</p></article></body></html>";
        _server.MapBytes("/legacy", contentType, System.Text.Encoding.GetEncoding(1252).GetBytes(html));

        var article = Assert.Single(await _services.ReadAllAsync(_server.Url("/legacy").AbsoluteUri)).Article!;

        Assert.Equal("Grüße aus Köln", article.Title);
        Assert.Contains("Die Straßenbahn fährt wieder über die Brücke", article.Paragraphs[0]);
    }

    [Fact]
    public async Task Rss_feed_yields_full_content_items_and_fetches_linked_page_for_teasers()
    {
        var pageUrl = _server.Url("/local/bridge");
        _server.MapContent("/local/bridge", "text/html", TestPages.Read("news-page.html"));
        _server.MapContent("/feed.xml", "application/rss+xml", TestFeeds.Rss(pageUrl), etag: "\"v1\"");

        var results = await _services.ReadAllAsync(_server.Url("/feed.xml").AbsoluteUri);

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Null(r.RejectionReason));
        var budget = results[0].Article!;
        Assert.Equal("https://news.example.org/politics/budget-approved", budget.Id);
        Assert.Equal("Parliament approves next year's budget", budget.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 19, 45, 0, TimeSpan.Zero), budget.Published);
        Assert.Equal(3, budget.Paragraphs.Count);
        Assert.Equal("Coastal Herald - Local", budget.Source);
        var bridge = results[1].Article!;
        Assert.Equal("https://news.example.org/local/harbour-bridge-reopens", bridge.Id);
        Assert.Equal(1.0, TestPages.KeptShare(bridge.Paragraphs, TestPages.EnglishBody));
        Assert.Equal(1, _server.CountRequests("/local/bridge"));
    }

    [Fact]
    public async Task Second_read_of_a_feed_sends_conditional_get_and_fetches_nothing_new()
    {
        var pageUrl = _server.Url("/local/bridge");
        _server.MapContent("/local/bridge", "text/html", TestPages.Read("news-page.html"));
        _server.MapContent("/feed.xml", "application/rss+xml", TestFeeds.Rss(pageUrl), etag: "\"v1\"");
        Assert.Equal(2, (await _services.ReadAllAsync(_server.Url("/feed.xml").AbsoluteUri)).Count);

        var second = await _services.ReadAllAsync(_server.Url("/feed.xml").AbsoluteUri);

        Assert.Empty(second);
        Assert.Equal("\"v1\"", _server.Requests.Where(r => r.Path == "/feed.xml").Last().IfNoneMatch);
        Assert.Equal(1, _server.CountRequests("/local/bridge"));
    }

    [Fact]
    public async Task Changed_feed_without_validators_yields_only_unseen_items()
    {
        var pageUrl = _server.Url("/local/bridge");
        _server.MapContent("/local/bridge", "text/html", TestPages.Read("news-page.html"));
        _server.MapContent("/feed.xml", "application/rss+xml", TestFeeds.Rss(pageUrl));
        await _services.ReadAllAsync(_server.Url("/feed.xml").AbsoluteUri);
        var grown = TestFeeds.WithItemFirst(TestFeeds.Rss(pageUrl), TestFeeds.FerryItem);
        _server.MapContent("/feed.xml", "application/rss+xml", grown);

        var second = await _services.ReadAllAsync(_server.Url("/feed.xml").AbsoluteUri);

        var item = Assert.Single(second);
        Assert.Null(item.RejectionReason);
        Assert.Equal("Ferry timetable changes", item.Article?.Title);
        Assert.Equal(1, _server.CountRequests("/local/bridge"));
    }

    [Theory]
    [InlineData(404, 1)]
    [InlineData(503, 2)]
    public async Task Item_whose_page_is_gone_is_not_retried_but_one_whose_server_failed_is(int status, int expectedPageRequests)
    {
        _server.Map("/broken-page", context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        var feed = $"""
            <?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://t.example/</link><description>d</description>
            <item><title>Gone</title><link>{_server.Url("/broken-page")}</link></item></channel></rss>
            """;
        _server.MapContent("/feed.xml", "application/rss+xml", feed, etag: "\"e1\"");

        var first = Assert.Single(await _services.ReadAllAsync(_server.Url("/feed.xml").AbsoluteUri));
        await _services.ReadAllAsync(_server.Url("/feed.xml").AbsoluteUri);

        Assert.Contains(status.ToString(), first.RejectionReason);
        Assert.Equal(expectedPageRequests, _server.CountRequests("/broken-page"));
    }

    [Fact]
    public async Task Atom_feed_entries_become_articles_in_the_feed_language()
    {
        _server.MapContent("/atom.xml", "application/atom+xml", TestFeeds.Atom(), lastModified: new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

        var results = await _services.ReadAllAsync(_server.Url("/atom.xml").AbsoluteUri);
        var again = await _services.ReadAllAsync(_server.Url("/atom.xml").AbsoluteUri);

        var article = Assert.Single(results).Article!;
        Assert.Equal("https://nord.example.de/stadt/buslinie-42", article.Id);
        Assert.Equal("Neue Buslinie verbindet Hafen und Universität", article.Title);
        Assert.Equal("de", article.Language);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Empty(again);
        Assert.NotEqual("", _server.Requests.Last().IfModifiedSince);
    }
}
