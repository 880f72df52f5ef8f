using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Ingestion;

public sealed class IngestionServiceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Re_ingesting_the_same_folder_changes_nothing()
    {
        _folder.Write("news/kiel.txt", TestArticles.HarbourGerman);
        _folder.Write("news/comet.txt", TestArticles.CometEnglish);
        using var engine = new EngineFixture(_folder);

        var first = await engine.IngestAsync(_folder.Combine("news"));
        var second = await engine.IngestAsync(_folder.Combine("news"));

        Assert.Equal(2, first.Added);
        Assert.Equal(0, second.Added);
        Assert.Equal(2, second.Unchanged);
        Assert.Equal(2, engine.Index.ArticleCount);
    }

    [Fact]
    public async Task Changed_content_replaces_the_old_version()
    {
        var path = _folder.Write("news/rail.txt", TestArticles.RailEnglish);
        using var engine = new EngineFixture(_folder);
        await engine.IngestAsync(path);
        File.WriteAllText(path, TestArticles.RailEnglish.Replace("48 hours", "72 hours"));

        var report = await engine.IngestAsync(path);

        Assert.Equal(1, report.Updated);
        Assert.Equal(1, engine.Index.ArticleCount);
        var answer = await engine.AskAsync("How long will the rail strike last?");
        Assert.Contains("72 hours", answer.Text);
        Assert.DoesNotContain("48 hours", answer.Text);
    }

    [Fact]
    public async Task The_same_text_under_another_name_is_a_duplicate_not_a_second_article()
    {
        _folder.Write("a/comet.txt", TestArticles.CometEnglish);
        _folder.Write("b/comet-copy.txt", TestArticles.CometEnglish);
        using var engine = new EngineFixture(_folder);

        var report = await engine.IngestAsync(_folder.Combine("a"), _folder.Combine("b"));

        Assert.Equal(1, report.Added);
        Assert.Equal(1, report.Duplicates);
        Assert.Equal("a/comet", Assert.Single(report.DuplicateDetails).DuplicateOf);
        Assert.Equal(1, engine.Index.ArticleCount);
    }

    [Fact]
    public async Task Bad_inputs_are_rejected_with_reasons_and_nothing_indexed_is_lost()
    {
        var good = _folder.Write("news/kiel.txt", TestArticles.HarbourGerman);
        using var engine = new EngineFixture(_folder);
        await engine.IngestAsync(good);
        _folder.Write("bad/empty.txt", "   \n");
        File.WriteAllBytes(_folder.Combine("bad", "binary.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]);
        _folder.Write("bad/notes.pdf", "not supported");

        var report = await engine.IngestAsync(_folder.Combine("bad"), _folder.Combine("missing.txt"), "https://example.org/x");

        Assert.Equal(4, report.Rejected.Count);
        Assert.Equal(1, report.Skipped);
        Assert.All(report.Rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Equal(1, engine.Index.ArticleCount);
        Assert.False((await engine.AskAsync("Wie viel kostete der neue Hafen in Kiel?")).Abstained);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_rejected()
    {
        var big = _folder.Write("big.txt", "Headline\n" + new string('x', 5_000));
        using var engine = new EngineFixture(_folder, new Dictionary<string, string?> { ["Briefing:MaxInputBytes"] = "1000" });

        var report = await engine.IngestAsync(big);

        Assert.Contains("limit", Assert.Single(report.Rejected).Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, engine.Index.ArticleCount);
    }

    [Fact]
    public async Task A_bad_jsonl_line_is_reported_with_its_line_number_while_the_others_ingest()
    {
        var path = _folder.Write("feed.jsonl", """
            {"id": "j1", "title": "Comet", "text": "Astronomers discovered a bright comet over Chile on Tuesday night."}
            {"id": "j2", "title": broken
            {"id": "j3", "title": "Strike", "text": "A national rail strike stopped most trains on Friday."}
            """);
        using var engine = new EngineFixture(_folder);

        var report = await engine.IngestAsync(path);

        Assert.Equal(2, report.Added);
        Assert.EndsWith(":2", Assert.Single(report.Rejected).Input);
        Assert.NotNull(engine.Index.GetArticle("j1"));
        Assert.NotNull(engine.Index.GetArticle("j3"));
    }

    [Fact]
    public async Task Progress_reaches_the_total()
    {
        _folder.Write("news/a.txt", TestArticles.HarbourGerman);
        _folder.Write("news/b.txt", TestArticles.CometEnglish);
        _folder.Write("news/c.txt", TestArticles.RailEnglish);
        using var engine = new EngineFixture(_folder);
        var reports = new List<Core.Ingestion.IngestProgress>();

        await engine.Ingestion.IngestAsync([_folder.Combine("news")], new InlineProgress(reports.Add), CancellationToken.None);

        Assert.Equal(3, reports[^1].InputsDone);
        Assert.Equal(3, reports[^1].InputsTotal);
        Assert.Equal(3, reports[^1].Articles);
    }

    private sealed class InlineProgress(Action<Core.Ingestion.IngestProgress> report) : IProgress<Core.Ingestion.IngestProgress>
    {
        public void Report(Core.Ingestion.IngestProgress value) => report(value);
    }

    public void Dispose() => _folder.Dispose();
}
