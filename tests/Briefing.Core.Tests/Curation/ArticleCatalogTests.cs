using Briefing.Core.Curation;
using Briefing.Core.Tests.Support;
using Briefing.Core.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Curation;

public sealed class ArticleCatalogTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly EngineFixture _engine;

    public ArticleCatalogTests() => _engine = new EngineFixture(_folder, configure: s => s.AddBriefingNearDuplicates());

    private ArticleCatalog Catalog => _engine.Services.GetRequiredService<ArticleCatalog>();

    [Fact]
    public async Task Lists_newest_first_with_metadata_and_passage_counts()
    {
        await _engine.IngestAsync(_folder.Write("news.jsonl", CurationArticles.All));

        var all = Catalog.List(new ArticleFilter());

        // The undated article counts by its ingest time (now), so it is the newest.
        Assert.Equal(["undated", "comet", "hafen", "rail"], all.Select(a => a.Id));
        var comet = all[1];
        Assert.Equal(("Astronomers spot bright comet over Chile", "Coastal Herald", "en"), (comet.Title, comet.Source, comet.Language));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero), comet.Published);
        Assert.Equal(_engine.Index.GetPassages("comet").Count, comet.Passages);
        Assert.True(comet.Passages > 0);
    }

    [Fact]
    public async Task Filters_by_source_language_and_publish_window()
    {
        await _engine.IngestAsync(_folder.Write("news.jsonl", CurationArticles.All));

        Assert.Equal(["comet", "hafen"], Catalog.List(new ArticleFilter { Source = "COASTAL HERALD" }).Select(a => a.Id));
        Assert.Equal(["hafen"], Catalog.List(new ArticleFilter { Language = "de" }).Select(a => a.Id));
        var window = new ArticleFilter
        {
            Since = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero),
            Until = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero),
        };
        Assert.Equal(["comet", "hafen"], Catalog.List(window).Select(a => a.Id));
        Assert.Equal(["comet"], Catalog.List(window with { Language = "en" }).Select(a => a.Id));
        Assert.Empty(Catalog.List(new ArticleFilter { Source = "Nobody" }));
    }

    [Fact]
    public async Task Show_returns_the_text_as_indexed_and_the_passages_with_their_ids()
    {
        await _engine.IngestAsync(_folder.Write("news.jsonl", CurationArticles.All));

        var details = Catalog.Show("rail");

        Assert.NotNull(details);
        Assert.StartsWith("Rail strike halts trains across the country\n\nA national rail strike", details.Text);
        Assert.Contains("48 hours", details.Text);
        Assert.All(details.Passages, p => Assert.StartsWith("rail#p", p.Id));
        Assert.Contains(details.Passages, p => p.Text.Contains("48 hours", StringComparison.Ordinal));
        Assert.Null(Catalog.Show("no-such-article"));
    }

    [Fact]
    public async Task Also_reported_by_lists_the_sources_of_near_copies()
    {
        await _engine.IngestAsync(_folder.Write("news.jsonl", CurationArticles.Comet));
        var copy = CurationArticles.Line("comet-copy", "Comet seen over Chile",
            "Astronomers at the Paranal observatory in Chile discovered a bright comet on Tuesday night.\nThe comet, named C/2026 K1, will pass closest to the Sun in March and may be visible to the naked eye.\nDr. Maria Lopez said the discovery was made with a survey telescope that scans the sky every night. (wire)",
            "Wire Service", "2026-11-26T09:00:00Z", "en");
        var report = await _engine.IngestAsync(_folder.Write("copy.jsonl", copy));

        Assert.Equal(1, report.Duplicates);
        Assert.Equal(["Wire Service"], Catalog.Find("comet")!.AlsoReportedBy);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }
}
