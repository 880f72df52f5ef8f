using System.Net;
using System.Net.Sockets;
using Briefing.Core.Articles;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Web;

/// <summary>Each hostile or forbidden input ends in one rejection with a clear reason: no hang, no crash.</summary>
public sealed class WebSafetyTests : IAsyncLifetime
{
    private FakeNewsWebServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeNewsWebServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static async Task<string> RejectionAsync(string url, bool allowPrivate = true, Dictionary<string, string?>? settings = null)
    {
        using var services = new WebTestServices(allowPrivate, settings);
        var result = Assert.Single(await services.ReadAllAsync(url));
        Assert.Null(result.Article);
        Assert.False(string.IsNullOrWhiteSpace(result.RejectionReason));
        return result.RejectionReason!;
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task Loopback_is_refused_unless_private_networks_are_allowed_and_the_reason_names_the_setting(string host)
    {
        _server.MapContent("/article", "text/html", TestPages.Read("news-page.html"));
        var url = $"http://{host}:{_server.BaseUrl.Port}/article";

        var reason = await RejectionAsync(url, allowPrivate: false);

        Assert.Contains("Ingestion:AllowPrivateNetworks", reason);
        Assert.Equal(0, _server.CountRequests("/article"));
    }

    [Fact]
    public async Task Non_http_schemes_are_not_fetched()
    {
        using var services = new WebTestServices();
        Assert.False(services.Source.CanHandle("file:///etc/passwd"));
        Assert.False(services.Source.CanHandle("ftp://example.org/news.html"));

        var result = Assert.Single(await services.ReadAllAsync("file:///etc/passwd"));

        Assert.Contains("http", result.RejectionReason);
    }

    [Fact]
    public async Task Redirect_to_a_file_url_is_refused()
    {
        _server.MapRedirect("/sneaky", "file:///etc/passwd");

        Assert.Contains("only http and https", await RejectionAsync(_server.Url("/sneaky").AbsoluteUri));
    }

    [Fact]
    public async Task Redirect_loop_ends_with_a_reason()
    {
        _server.MapRedirect("/loop-a", "/loop-b");
        _server.MapRedirect("/loop-b", "/loop-a");

        Assert.Contains("redirect loop", await RejectionAsync(_server.Url("/loop-a").AbsoluteUri));
    }

    [Fact]
    public async Task Five_redirects_are_followed_and_a_sixth_is_refused()
    {
        _server.MapContent("/hop/end", "text/html", TestPages.Read("news-page-de.html"));
        for (var i = 0; i < 6; i++) _server.MapRedirect($"/hop/{i}", i == 5 ? "/hop/end" : $"/hop/{i + 1}");
        using var services = new WebTestServices();

        var fiveHops = Assert.Single(await services.ReadAllAsync(_server.Url("/hop/1").AbsoluteUri));
        var sixHops = await RejectionAsync(_server.Url("/hop/0").AbsoluteUri);

        Assert.NotNull(fiveHops.Article);
        Assert.Contains("more than 5 redirects", sixHops);
    }

    [Theory]
    [InlineData(true, "more than Briefing:MaxInputBytes")]
    [InlineData(false, "exceeds Briefing:MaxInputBytes")]
    public async Task Fifty_megabyte_body_is_refused_at_the_size_limit(bool announceLength, string expected)
    {
        _server.MapHuge("/huge", announceLength);

        Assert.Contains(expected, await RejectionAsync(_server.Url("/huge").AbsoluteUri));
    }

    [Fact]
    public async Task Compressed_body_that_inflates_past_the_limit_is_refused()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 50; i++) gzip.Write(zeros);
        }
        _server.MapBytes("/bomb", "text/html", compressed.ToArray(), contentEncoding: "gzip");

        Assert.Contains("exceeds Briefing:MaxInputBytes", await RejectionAsync(_server.Url("/bomb").AbsoluteUri));
    }

    [Theory]
    [InlineData("/endless")]
    [InlineData("/silent")]
    public async Task Never_ending_or_silent_server_is_cut_off_at_the_request_timeout(string path)
    {
        _server.MapEndless("/endless");
        _server.MapSilent("/silent");

        var reason = await RejectionAsync(_server.Url(path).AbsoluteUri, settings: new() { ["Ingestion:RequestTimeout"] = "00:00:01" });

        Assert.Contains("Ingestion:RequestTimeout", reason);
    }

    [Theory]
    [InlineData("image/png", "\u0089PNG....", "content type image/png")]
    [InlineData("application/json", "{\"title\": \"x\"}", "content type application/json")]
    [InlineData("text/xml", "<?xml version=\"1.0\"?><note><to>Tove</to></note>", "not an RSS or Atom feed")]
    [InlineData("application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut off", "broken feed")]
    [InlineData("application/rss+xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>", "broken feed")]
    [InlineData("text/html", "\0\0\0\u0001\u0002binary", "binary data")]
    [InlineData("text/html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>", "no article text")]
    public async Task Wrong_or_broken_content_is_rejected_with_a_reason(string contentType, string body, string expected)
    {
        _server.MapContent("/thing", contentType, body);

        Assert.Contains(expected, await RejectionAsync(_server.Url("/thing").AbsoluteUri));
    }

    [Fact]
    public async Task Missing_page_and_unreachable_server_are_rejected_with_a_reason()
    {
        var closedPort = FreePort();

        Assert.Contains("404", await RejectionAsync(_server.Url("/nothing-here").AbsoluteUri));
        Assert.Contains("unreachable", await RejectionAsync($"http://127.0.0.1:{closedPort}/news"));
    }

    [Fact]
    public async Task Feed_with_ten_thousand_items_is_cut_at_the_item_limit_with_a_reason()
    {
        _server.MapContent("/firehose.xml", "application/rss+xml", TestFeeds.HugeRss(10_000));
        using var services = new WebTestServices(settings: new() { ["Briefing:MaxInputBytes"] = "10000000", ["Ingestion:MaxFeedItems"] = "100" });

        var results = await services.ReadAllAsync(_server.Url("/firehose.xml").AbsoluteUri);

        Assert.Contains("the feed has 10000 items; only the first 100 were read (Ingestion:MaxFeedItems)", results[0].RejectionReason);
        Assert.Equal(100, results.Count(r => r.Article is not null));
        Assert.Equal(101, results.Count);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
