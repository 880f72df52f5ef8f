using System.Text.Json;
using Briefing.Host.Tests.Support;

namespace Briefing.Host.Tests.Cli;

/// <summary><c>articles list|show|remove</c> through the real command line over a temp data folder.</summary>
[Collection(CliCollection.Name)]
public sealed class ArticlesCliTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private async Task IngestAsync()
    {
        _workspace.Write("news/comet.md", """
            ---
            title: Astronomers spot bright comet over Chile
            source: Coastal Herald
            published: 2026-11-26T08:00:00Z
            language: en
            ---
            Astronomers at the Paranal observatory in Chile discovered a bright comet on Tuesday night.

            The comet will pass closest to the Sun in March and may be visible to the naked eye.
            """);
        _workspace.Write("news/hafen.md", """
            ---
            title: Neuer Hafen in Kiel eröffnet
            source: Kieler Blatt
            published: 2026-11-24T07:00:00Z
            language: de
            ---
            Die Stadt Kiel hat am Montag einen neuen Containerhafen eröffnet. Der Bau kostete 240 Millionen Euro.

            Bürgermeisterin Anna Berger sagte, der Hafen schaffe 1.200 neue Arbeitsplätze in der Region.
            """);
        _workspace.Write("news/rail.md", """
            ---
            title: Rail strike halts trains across the country
            source: Coastal Herald
            published: 2026-11-20T12:00:00Z
            language: en
            ---
            A national rail strike stopped most trains on Friday as workers demanded higher wages.

            The union said the strike would last 48 hours unless the operator improves its offer.
            """);
        var run = await CliRun.RunAsync("ingest", Path.Combine(_workspace.Root, "news"), "--data", _workspace.DataDir);
        Assert.Equal(0, run.ExitCode);
    }

    private async Task<string[]> ListIdsAsync(params string[] filters)
    {
        var run = await CliRun.RunAsync(["articles", "list", "--json", "--data", _workspace.DataDir, .. filters]);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        return [.. json.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()!)];
    }

    [Fact]
    public async Task List_filters_by_source_dates_and_language_newest_first()
    {
        await IngestAsync();

        Assert.Equal(["news/comet", "news/hafen", "news/rail"], await ListIdsAsync());
        Assert.Equal(["news/comet", "news/rail"], await ListIdsAsync("--source", "coastal herald"));
        Assert.Equal(["news/comet", "news/hafen"], await ListIdsAsync("--since", "2026-11-21"));
        Assert.Equal(["news/hafen", "news/rail"], await ListIdsAsync("--until", "2026-11-24"));
        Assert.Equal(["news/hafen"], await ListIdsAsync("--since", "2026-11-21", "--until", "2026-11-25", "--language", "de"));
    }

    [Fact]
    public async Task List_json_and_text_carry_the_metadata()
    {
        await IngestAsync();

        var json = await CliRun.RunAsync("articles", "list", "--json", "--source", "Kieler Blatt", "--data", _workspace.DataDir);
        var text = await CliRun.RunAsync("articles", "list", "--language", "de", "--data", _workspace.DataDir);

        using var document = JsonDocument.Parse(json.Out);
        var hafen = Assert.Single(document.RootElement.EnumerateArray().ToList());
        Assert.Equal(
            ["id", "title", "source", "url", "published", "ingested", "language", "passages", "alsoReportedBy"],
            hafen.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("Neuer Hafen in Kiel eröffnet", hafen.GetProperty("title").GetString());
        Assert.True(hafen.GetProperty("passages").GetInt32() >= 1);
        var lines = text.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id\tpublished\tlanguage\tpassages\tsource\ttitle", lines[0]);
        Assert.StartsWith("news/hafen\t2026-11-24 07:00\tde\t", lines[1]);
        Assert.Contains("1 article.", text.Error);
    }

    [Fact]
    public async Task Show_prints_the_text_of_an_html_page_as_indexed_without_its_boilerplate()
    {
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "news-page.html"));
        var path = _workspace.Write("pages/bridge.html", page);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", path, "--data", _workspace.DataDir)).ExitCode);
        var id = (await ListIdsAsync()).Single();

        var run = await CliRun.RunAsync("articles", "show", id, "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Title:", run.Out);
        Assert.Contains("after a two-year repair programme that cost 48 million euros.", run.Out);
        Assert.Contains("Engineers replaced all 312 steel cables", run.Out);
        foreach (var boilerplate in new[] { "Accept all cookies", "Share on social networks", "Privacy policy", "Subscribe now", "Most read" })
            Assert.DoesNotContain(boilerplate, run.Out);
        Assert.Contains($"[{id}#p0]", run.Out);
    }

    [Fact]
    public async Task Show_json_lists_the_passages_with_their_ids()
    {
        await IngestAsync();

        var run = await CliRun.RunAsync("articles", "show", "news/rail", "--json", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("Coastal Herald", root.GetProperty("source").GetString());
        Assert.StartsWith("Rail strike halts trains across the country\n\nA national rail strike", root.GetProperty("text").GetString());
        var passages = root.GetProperty("passages").EnumerateArray().ToList();
        Assert.Equal("news/rail#p0", passages[0].GetProperty("id").GetString());
        Assert.Contains(passages, p => p.GetProperty("text").GetString()!.Contains("48 hours", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Remove_takes_the_article_out_of_answers_and_the_digest_and_the_same_text_can_come_back()
    {
        await IngestAsync();
        const string question = "When will the comet pass closest to the Sun?";
        Assert.Contains("news/comet", (await CliRun.RunAsync("ask", question, "--json", "--data", _workspace.DataDir)).Out);
        Assert.Contains("news/comet", (await CliRun.RunAsync("digest", "--date", "2026-11-26", "--tz", "UTC", "--json", "--data", _workspace.DataDir)).Out);

        var remove = await CliRun.RunAsync("articles", "remove", "news/comet", "--yes", "--data", _workspace.DataDir);

        Assert.Equal(0, remove.ExitCode);
        Assert.Contains("Removed 1 article.", remove.Out);
        Assert.Contains("removed: news/comet\tAstronomers spot bright comet over Chile", remove.Out);
        Assert.DoesNotContain("news/comet", (await CliRun.RunAsync("ask", question, "--json", "--data", _workspace.DataDir)).Out);
        Assert.DoesNotContain("news/comet", (await CliRun.RunAsync("digest", "--date", "2026-11-26", "--tz", "UTC", "--json", "--data", _workspace.DataDir)).Out);
        Assert.Equal(["news/hafen", "news/rail"], await ListIdsAsync());

        var again = await CliRun.RunAsync("ingest", Path.Combine(_workspace.Root, "news", "comet.md"), "--json", "--data", _workspace.DataDir);
        using var report = JsonDocument.Parse(again.Out);
        Assert.Equal(1, report.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(0, report.RootElement.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task Remove_by_source_or_date_removes_exactly_the_matching_articles()
    {
        await IngestAsync();

        var bySource = await CliRun.RunAsync("articles", "remove", "--source", "Kieler Blatt", "--yes", "--data", _workspace.DataDir);
        var byDate = await CliRun.RunAsync("articles", "remove", "--before", "2026-11-21", "--yes", "--data", _workspace.DataDir);

        Assert.Contains("removed: news/hafen", bySource.Out);
        Assert.Contains("removed: news/rail", byDate.Out);
        Assert.Equal(["news/comet"], await ListIdsAsync());
    }

    [Fact]
    public async Task Remove_without_a_terminal_and_without_yes_refuses_and_keeps_everything()
    {
        await IngestAsync();

        var run = await CliRun.RunWithInputAsync("y\n", "articles", "remove", "news/comet", "--data", _workspace.DataDir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--yes", run.Error);
        Assert.Equal(3, (await ListIdsAsync()).Length);
    }

    [Fact]
    public async Task Unknown_ids_are_named_and_exit_2_while_the_known_ones_are_removed()
    {
        await IngestAsync();

        var show = await CliRun.RunAsync("articles", "show", "news/nope", "--data", _workspace.DataDir);
        var remove = await CliRun.RunAsync("articles", "remove", "news/nope", "news/rail", "--yes", "--data", _workspace.DataDir);

        Assert.Equal(2, show.ExitCode);
        Assert.Contains("No article with the id 'news/nope'", show.Error);
        Assert.Equal(2, remove.ExitCode);
        Assert.Contains("No article with the id 'news/nope'", remove.Error);
        Assert.Contains("removed: news/rail", remove.Out);
    }

    [Theory]
    [InlineData("list", "--since", "yesterday")]
    [InlineData("list", "--until", "2026-13-01")]
    [InlineData("list", "--since", "2026-11-25", "--until", "2026-11-20")]
    [InlineData("list", "--language", "german")]
    [InlineData("remove", "--before", "26.11.2026", "--yes")]
    [InlineData("remove", "news/comet", "--source", "Coastal Herald", "--yes")]
    [InlineData("remove", "--yes")]
    public async Task Bad_options_exit_2_with_a_message_and_change_nothing(params string[] args)
    {
        await IngestAsync();

        var run = await CliRun.RunAsync(["articles", .. args, "--data", _workspace.DataDir]);

        Assert.Equal(2, run.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(run.Error));
        Assert.Equal(3, (await ListIdsAsync()).Length);
    }
}
