using System.Text.Json;
using Briefing.Host.Tests.Support;

namespace Briefing.Host.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class DigestCliTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private async Task IngestDayAsync()
    {
        _workspace.Write("day/jet-de.md", """
            ---
            title: Scholz und Macron einigen sich in Paris auf Kampfjet FCAS
            source: Tagesblatt
            published: 2026-11-24T08:00:00+01:00
            language: de
            ---
            Bundeskanzler Olaf Scholz und Frankreichs Präsident Emmanuel Macron haben sich am Dienstag in Paris auf den Bau des gemeinsamen Kampfflugzeugs FCAS geeinigt.

            Das Projekt soll bis 2040 rund 100 Milliarden Euro kosten. Airbus und Dassault übernehmen die Entwicklung.
            """);
        _workspace.Write("day/jet-en.md", """
            ---
            title: Scholz and Macron agree on FCAS fighter jet in Paris
            source: Wire
            published: 2026-11-24T10:00:00Z
            language: en
            ---
            German Chancellor Olaf Scholz and French President Emmanuel Macron agreed in Paris on Tuesday to build the joint FCAS fighter aircraft.

            The project is expected to cost around 100 billion euros by 2040. Airbus and Dassault will lead development.
            """);
        _workspace.Write("day/late.md", """
            ---
            title: Late goal sends Leeds top of the table
            source: Sports Desk
            published: 2026-11-24T23:30:00Z
            ---
            A stoppage-time header from Joe Rodon gave Leeds United a 2-1 win at Burnley on Tuesday night.

            The victory lifts Leeds above Sheffield United on goal difference.
            """);
        var ingest = await CliRun.RunAsync("ingest", Path.Combine(_workspace.Root, "day"), "--data", _workspace.DataDir);
        Assert.Equal(0, ingest.ExitCode);
    }

    [Fact]
    public async Task Digest_json_merges_the_two_languages_into_one_cited_story()
    {
        await IngestDayAsync();

        var run = await CliRun.RunAsync("digest", "--date", "2026-11-24", "--tz", "UTC", "--json", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("2026-11-24", root.GetProperty("date").GetString());
        Assert.Equal("UTC", root.GetProperty("timeZone").GetString());
        var stories = root.GetProperty("stories");
        Assert.Equal(2, stories.GetArrayLength()); // the jet deal (two sources) ranks above the late football report
        var story = stories[0];
        Assert.Equal(["day/jet-de", "day/jet-en"], story.GetProperty("articleIds").EnumerateArray().Select(a => a.GetString()).Order());
        Assert.Contains("[1]", story.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task The_time_zone_moves_a_late_article_to_the_next_day()
    {
        await IngestDayAsync();

        var run = await CliRun.RunAsync("digest", "--date", "2026-11-25", "--tz", "Europe/Berlin", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Late goal sends Leeds top of the table", run.Out);
        Assert.DoesNotContain("FCAS", run.Out);
    }

    [Fact]
    public async Task An_empty_day_says_so_in_one_line()
    {
        Directory.CreateDirectory(_workspace.DataDir); // an existing, empty data folder (a missing one is an error naming ingest)
        var run = await CliRun.RunAsync("digest", "--date", "2026-01-01", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No articles for 2026-01-01 (UTC).", run.Out.Trim());
    }

    [Theory]
    [InlineData("--date", "2026-02-30", "--date")]
    [InlineData("--date", "yesterday", "--date")]
    [InlineData("--date", "9999-12-31", "--date")]
    [InlineData("--tz", "Mars/Olympus", "Mars/Olympus")]
    public async Task Bad_dates_and_zones_exit_2_with_a_message(string option, string value, string named)
    {
        var run = await CliRun.RunAsync("digest", option, value, "--data", _workspace.DataDir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task A_bad_configured_zone_fails_naming_the_key()
    {
        Environment.SetEnvironmentVariable("Digest__TimeZone", "Nowhere/Land");
        try
        {
            var run = await CliRun.RunAsync("digest", "--data", _workspace.DataDir);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Digest:TimeZone", run.Error);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Digest__TimeZone", null);
        }
    }
}
