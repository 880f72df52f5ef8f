using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.Core.Digests;
using Briefing.Core.Tests.Digests.Support;

namespace Briefing.Core.Tests.Digests;

public sealed class DigestBuilderTests : IDisposable
{
    private static readonly DateOnly Date = DateOnly.FromDateTime(StoryArticles.Day.UtcDateTime);
    private readonly DigestTestHost _host = new();

    public void Dispose() => _host.Dispose();

    private Task<Digest> BuildAsync(string zone = "UTC", string? language = null, DateOnly? date = null) =>
        _host.Builder.BuildAsync(date ?? Date, DigestTimeZones.Find(zone), language, CancellationToken.None);

    private void AddDay() => _host.Add(
        StoryArticles.JetDealGerman, StoryArticles.JetDealEnglish, StoryArticles.JetDealCopy, StoryArticles.JetDealRetitled,
        StoryArticles.FloodVisitGerman, StoryArticles.ClimateSummitEnglish, StoryArticles.FootballEnglish);

    [Fact]
    public async Task Stories_are_ranked_by_sources_and_copies_are_never_listed_twice()
    {
        AddDay();

        var digest = await BuildAsync();

        Assert.Equal(4, digest.Stories.Count);
        var top = digest.Stories[0];
        Assert.Equal(["de-jet", "en-jet", "en-jet-copy", "en-jet-retitled"], top.ArticleIds.Order());
        Assert.Equal(digest.Stories.SelectMany(s => s.ArticleIds).Distinct().Count(), digest.Stories.Sum(s => s.ArticleIds.Count));
        Assert.Equal(2, top.Sources.Count); // the wire text once, with its copies named, and the German report
        Assert.Contains(top.Sources, s => s.AlsoReportedBy.Contains("Daily Courier") && s.AlsoReportedBy.Contains("Evening Post"));
        // Single-report stories follow, the newest first.
        Assert.Equal(["en-football", "en-climate", "de-flood"], digest.Stories.Skip(1).Select(s => s.ArticleIds[0]));
    }

    [Fact]
    public async Task Every_summary_sentence_cites_a_verbatim_passage_sentence()
    {
        AddDay();

        var digest = await BuildAsync();

        foreach (var story in digest.Stories)
        {
            var sentences = Core.Text.SentenceSplitter.Split(story.Summary);
            Assert.InRange(sentences.Count, 1, 3);
            Assert.All(sentences, s => Assert.Matches(@"\[\d+\]", s));
            var markers = Regex.Matches(story.Summary, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value)).ToList();
            Assert.Equal(markers.Order(), story.Citations.Select(c => c.N).Order());
            foreach (var citation in story.Citations)
            {
                Assert.Contains(citation.ArticleId, story.ArticleIds);
                var passage = _host.Index.GetPassage(citation.PassageId);
                Assert.NotNull(passage);
                Assert.Contains(citation.Quote, passage.Text);
            }
        }
    }

    [Fact]
    public async Task A_multi_report_story_quotes_more_than_one_report_in_the_headlines_language()
    {
        AddDay();
        _host.Add(StoryArticles.JetDealEnglishOwnWords);

        var top = (await BuildAsync(language: "en")).Stories[0];

        Assert.Equal("Scholz and Macron agree on FCAS fighter jet in Paris", top.Headline);
        Assert.Contains("en-jet-own", top.ArticleIds);
        Assert.True(top.Citations.Select(c => c.ArticleId).Distinct().Count() >= 2, top.Summary);
        Assert.DoesNotContain(top.Citations, c => c.ArticleId == "de-jet");
    }

    [Fact]
    public async Task The_readers_language_chooses_the_headline()
    {
        AddDay();

        var top = (await BuildAsync(language: "de")).Stories[0];

        Assert.Equal("Scholz und Macron einigen sich in Paris auf Kampfjet FCAS", top.Headline);
        Assert.Equal("de", top.Language);
    }

    [Fact]
    public async Task The_day_is_the_local_day_of_the_zone()
    {
        // 23:30 UTC on the 23rd is already the 24th in Berlin; 23:30 UTC on the 24th is the 25th there.
        _host.Add(
            StoryArticles.FootballEnglish with { Id = "late-23", Published = new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero) },
            StoryArticles.ClimateSummitEnglish with { Id = "late-24", Published = new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero) });

        var utc = await BuildAsync("UTC");
        var berlin = await BuildAsync("Europe/Berlin");

        Assert.Equal(["late-24"], utc.Stories.SelectMany(s => s.ArticleIds));
        Assert.Equal(["late-23"], berlin.Stories.SelectMany(s => s.ArticleIds));
        Assert.Equal("Europe/Berlin", berlin.TimeZone);
    }

    [Fact]
    public async Task Articles_without_a_publish_time_count_on_their_ingest_day()
    {
        _host.Add(StoryArticles.FootballEnglish with { Id = "undated", Published = null, Ingested = StoryArticles.Day });

        Assert.Single((await BuildAsync()).Stories);
        Assert.Empty((await BuildAsync(date: Date.AddDays(1))).Stories);
    }

    [Fact]
    public async Task An_empty_day_gives_an_empty_digest()
    {
        var digest = await BuildAsync();

        Assert.True(digest.IsEmpty);
        Assert.Equal(0, digest.ArticleCount);
    }

    [Fact]
    public async Task The_json_has_exactly_the_contract_shape()
    {
        AddDay();

        using var json = JsonDocument.Parse(DigestJson.Serialize(await BuildAsync("Europe/Berlin")));

        var root = json.RootElement;
        Assert.Equal(["date", "timeZone", "stories"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-11-24", root.GetProperty("date").GetString());
        var story = root.GetProperty("stories")[0];
        Assert.Equal(["headline", "summary", "articleIds", "citations"], story.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["n", "articleId", "passageId", "quote"], story.GetProperty("citations")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, story.GetProperty("citations")[0].GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Max_stories_limits_the_digest_to_the_top_ranked()
    {
        using var host = new DigestTestHost(new Dictionary<string, string?> { ["Digest:MaxStories"] = "2" });
        host.Add(StoryArticles.JetDealGerman, StoryArticles.JetDealEnglish, StoryArticles.FloodVisitGerman, StoryArticles.FootballEnglish);

        var digest = await host.Builder.BuildAsync(Date, TimeZoneInfo.Utc, null, CancellationToken.None);

        Assert.Equal(2, digest.Stories.Count);
        Assert.Equal(2, digest.Stories[0].ArticleIds.Count);
        Assert.Equal(4, digest.ArticleCount);
    }
}
