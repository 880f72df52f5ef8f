using Briefing.Core.Curation;
using Briefing.Core.Digests;
using Briefing.Core.Ingestion;
using Briefing.Core.Tests.Support;
using Briefing.Core.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Curation;

/// <summary>Removal through the real engine: index, near-duplicate state, answers, digests and tombstones.</summary>
public sealed class ArticleRemoverTests : IDisposable
{
    private const string CometCopy = """
        Comet seen over Chile
        Astronomers at the Paranal observatory in Chile discovered a bright comet on Tuesday night.
        The comet, named C/2026 K1, will pass closest to the Sun in March and may be visible to the naked eye.
        Dr. Maria Lopez said the discovery was made with a survey telescope that scans the sky every night, a wire report said.
        """;

    private readonly TempFolder _folder = new();
    private readonly EngineFixture _engine;

    public ArticleRemoverTests()
    {
        var empty = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Lexicon:Enabled"] = "false" }).Build();
        _engine = new EngineFixture(_folder, configure: s => s.AddBriefingNearDuplicates().AddBriefingDigests(empty));
    }

    private ArticleRemover Remover => _engine.Services.GetRequiredService<ArticleRemover>();

    [Fact]
    public async Task A_removed_article_is_no_longer_cited_nor_listed_in_the_digest()
    {
        await _engine.IngestAsync(_folder.Write("news.jsonl", CurationArticles.All));
        const string question = "When will the comet pass closest to the Sun?";
        Assert.Contains((await _engine.AskAsync(question)).Citations, c => c.ArticleId == "comet");
        var digest = _engine.Services.GetRequiredService<DigestBuilder>();
        var day = new DateOnly(2026, 11, 26);
        Assert.Contains((await digest.BuildAsync(day, TimeZoneInfo.Utc, null, CancellationToken.None)).Stories, s => s.ArticleIds.Contains("comet"));

        var report = await Remover.RemoveAsync(["comet"], "test", CancellationToken.None);

        Assert.Equal("comet", Assert.Single(report.Removed).Id);
        Assert.Empty(report.NotFound);
        Assert.Null(_engine.Index.GetArticle("comet"));
        Assert.Empty(_engine.Index.GetPassages("comet"));
        Assert.DoesNotContain((await _engine.AskAsync(question)).Citations, c => c.ArticleId == "comet");
        Assert.DoesNotContain((await digest.BuildAsync(day, TimeZoneInfo.Utc, null, CancellationToken.None)).Stories, s => s.ArticleIds.Contains("comet"));
        Assert.Equal(3, _engine.Index.ArticleCount);
    }

    [Fact]
    public async Task The_same_text_can_be_ingested_again_after_removal_under_its_own_or_another_id()
    {
        var original = _folder.Write("a/comet.txt", TestArticles.CometEnglish);
        var exactCopy = _folder.Write("b/comet.txt", TestArticles.CometEnglish);
        var nearCopy = _folder.Write("c/comet.txt", CometCopy);
        await _engine.IngestAsync(original);
        var before = await _engine.IngestAsync(exactCopy, nearCopy);
        Assert.Equal((0, 2), (before.Added, before.Duplicates));

        await Remover.RemoveAsync(["a/comet"], "test", CancellationToken.None);

        // Neither the content hash nor the MinHash signature of the removed text is left to call these duplicates.
        var nearAgain = await _engine.IngestAsync(nearCopy);
        Assert.Equal((1, 0), (nearAgain.Added, nearAgain.Duplicates));
        await Remover.RemoveAsync(["c/comet"], "test", CancellationToken.None);
        var exactAgain = await _engine.IngestAsync(original);
        Assert.Equal((1, 0), (exactAgain.Added, exactAgain.Duplicates));
        Assert.NotNull(_engine.Index.GetArticle("a/comet"));
    }

    [Fact]
    public async Task Removing_an_original_drops_its_also_reported_by_records()
    {
        var original = _folder.Write("a/comet.txt", TestArticles.CometEnglish);
        await _engine.IngestAsync(original);
        await _engine.IngestAsync(_folder.Write("c/comet.txt", CometCopy));
        var detector = _engine.Services.GetRequiredService<INearDuplicateDetector>();
        Assert.Single(detector.AlsoReportedBy("a/comet"));

        await Remover.RemoveAsync(["a/comet"], "test", CancellationToken.None);
        await _engine.IngestAsync(original);

        Assert.Empty(detector.AlsoReportedBy("a/comet"));
    }

    [Fact]
    public async Task Unknown_ids_are_reported_and_nothing_else_is_touched()
    {
        await _engine.IngestAsync(_folder.Write("news.jsonl", CurationArticles.All));

        var report = await Remover.RemoveAsync(["nope", "rail"], "test", CancellationToken.None);

        Assert.Equal(["nope"], report.NotFound);
        Assert.Equal("rail", Assert.Single(report.Removed).Id);
        Assert.Equal(3, _engine.Index.ArticleCount);
    }

    [Fact]
    public async Task A_schedule_does_not_bring_a_removed_article_back_unless_its_text_changed_and_an_explicit_ingest_does()
    {
        var path = _folder.Write("news/rail.txt", TestArticles.RailEnglish);
        await _engine.IngestAsync(path);
        await Remover.RemoveAsync(["news/rail"], "test", CancellationToken.None);

        var scheduled = await ScheduledAsync(path);
        Assert.Equal(0, scheduled.Added);
        Assert.Null(_engine.Index.GetArticle("news/rail"));

        var explicitAgain = await _engine.IngestAsync(path);
        Assert.Equal(1, explicitAgain.Added);
        Assert.NotNull(_engine.Index.GetArticle("news/rail"));

        await Remover.RemoveAsync(["news/rail"], "test", CancellationToken.None);
        File.WriteAllText(path, TestArticles.RailEnglish.Replace("48 hours", "72 hours", StringComparison.Ordinal));
        var changed = await ScheduledAsync(path);
        Assert.Equal(1, changed.Added);
        Assert.Contains("72 hours", string.Join(" ", _engine.Index.GetArticle("news/rail")!.Article.Paragraphs));
    }

    [Fact]
    public async Task Removing_by_age_takes_articles_published_or_else_ingested_before_the_cutoff()
    {
        await _engine.IngestAsync(_folder.Write("news.jsonl", CurationArticles.All));

        var report = await Remover.RemoveOlderThanAsync(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero), "test", CancellationToken.None);

        Assert.Equal(["hafen", "rail"], report.Removed.Select(a => a.Id).Order());
        Assert.NotNull(_engine.Index.GetArticle("comet"));
        Assert.NotNull(_engine.Index.GetArticle("undated"));
    }

    private Task<IngestReport> ScheduledAsync(string path) =>
        _engine.Ingestion.IngestAsync([path], null, CancellationToken.None, IngestTrigger.Scheduled);

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }
}
