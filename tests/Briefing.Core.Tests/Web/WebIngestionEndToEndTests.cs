using Briefing.Core.Ingestion;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Web;

/// <summary>URLs and feeds through the real IngestionService and index, as <c>ingest URL</c> runs them.</summary>
public sealed class WebIngestionEndToEndTests : IAsyncLifetime
{
    private FakeNewsWebServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeNewsWebServer.StartAsync();
        _server.MapContent("/local/bridge", "text/html", TestPages.Read("news-page.html"));
        _server.MapContent("/feed.xml", "application/rss+xml", TestFeeds.Rss(_server.Url("/local/bridge")), etag: "\"v1\"");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Task<IngestReport> IngestAsync(WebTestServices services, params string[] inputs) =>
        services.Provider.GetRequiredService<IngestionService>().IngestAsync(inputs, progress: null, CancellationToken.None);

    [Fact]
    public async Task Feed_is_ingested_once_and_a_second_run_adds_nothing()
    {
        using var services = new WebTestServices();

        var first = await IngestAsync(services, _server.Url("/feed.xml").AbsoluteUri);
        var second = await IngestAsync(services, _server.Url("/feed.xml").AbsoluteUri);

        Assert.Equal(2, first.Added);
        Assert.Empty(first.Rejected);
        Assert.Equal(0, second.Added + second.Updated + second.Unchanged);
        Assert.Equal(1, _server.CountRequests("/local/bridge"));
    }

    [Fact]
    public async Task Feed_on_loopback_is_refused_without_the_setting_and_nothing_is_indexed()
    {
        using var services = new WebTestServices(allowPrivateNetworks: false);

        var report = await IngestAsync(services, _server.Url("/feed.xml").AbsoluteUri);

        Assert.Equal(0, report.Added);
        Assert.Contains("Ingestion:AllowPrivateNetworks", Assert.Single(report.Rejected).Reason);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Html_file_in_a_folder_is_read_by_the_html_parser_with_its_canonical_id()
    {
        using var services = new WebTestServices();
        var folder = Directory.CreateTempSubdirectory("briefing-web-html-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "bridge.html"), TestPages.Read("news-page.html"));
            File.WriteAllText(Path.Combine(folder.FullName, "radwege.htm"), TestPages.Read("news-page-de.html"));

            var report = await IngestAsync(services, folder.FullName);

            Assert.Equal(2, report.Added);
            var index = services.Provider.GetRequiredService<Briefing.Core.Search.INewsIndex>();
            Assert.NotNull(index.GetArticle("https://news.example.org/local/harbour-bridge-reopens"));
            Assert.Equal("Stadtrat beschließt neues Radwegenetz", index.GetArticle($"{folder.Name}/radwege")?.Article.Title);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Same_story_at_another_address_is_recorded_as_also_reported_by()
    {
        var copy = TestPages.Read("news-page.html")
            .Replace("https://news.example.org/local/harbour-bridge-reopens?utm_source=none#top", "https://radio.example.net/bridge", StringComparison.Ordinal)
            .Replace("content=\"Coastal Herald\"", "content=\"City Radio\"", StringComparison.Ordinal)
            .Replace("Cyclists will have to wait another month", "Cyclists must wait another month", StringComparison.Ordinal);
        _server.MapContent("/radio/bridge", "text/html", copy);
        using var services = new WebTestServices();

        var report = await IngestAsync(services, _server.Url("/local/bridge").AbsoluteUri, _server.Url("/radio/bridge").AbsoluteUri);

        Assert.Equal(1, report.Added);
        var duplicate = Assert.Single(report.DuplicateDetails);
        Assert.False(duplicate.Exact);
        Assert.Equal("https://news.example.org/local/harbour-bridge-reopens", duplicate.DuplicateOf);
        var detector = services.Provider.GetRequiredService<INearDuplicateDetector>();
        Assert.Equal(["City Radio"], detector.AlsoReportedBy("https://news.example.org/local/harbour-bridge-reopens"));
    }
}
