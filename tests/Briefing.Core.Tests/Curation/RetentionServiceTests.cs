using Briefing.Core.Configuration;
using Briefing.Core.Curation;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Core.Tests.Curation;

/// <summary>The daily retention pass on a fake clock over the real engine.</summary>
public sealed class RetentionServiceTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Articles_older_than_the_retention_are_removed_at_start_and_then_once_a_day()
    {
        using var engine = Engine("30");
        // Published: comet 2026-11-26, hafen 2026-11-24, rail 2026-11-20; "undated" counts from its ingest time (now).
        await engine.IngestAsync(_folder.Write("news.jsonl", CurationArticles.All));
        var retention = engine.Services.GetRequiredService<RetentionService>();

        await retention.StartAsync(CancellationToken.None);
        try
        {
            // Cutoff 2026-11-21 09:00: rail (2026-11-20) goes.
            await WaitForPassAsync(retention, 1);
            Assert.Equal(["comet", "hafen", "undated"], Ids(engine));

            // Not before a day has passed.
            _clock.Advance(TimeSpan.FromHours(23));
            await Task.Delay(200);
            Assert.Equal(1, retention.CompletedPasses);

            // Cutoff 2026-11-24 09:00: hafen (2026-11-24 06:30) goes, comet (2026-11-26) stays.
            _clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
            await WaitForPassAsync(retention, 2);
            Assert.Equal(["comet", "undated"], Ids(engine));

            // Cutoff 2026-11-26 09:00: comet goes; the undated article was ingested 2026-12-21 and stays.
            _clock.Advance(TimeSpan.FromDays(2));
            await WaitForPassAsync(retention, 3);
            Assert.Equal(["undated"], Ids(engine));
        }
        finally
        {
            await retention.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Without_a_retention_nothing_is_ever_removed()
    {
        using var engine = Engine(null);
        await engine.IngestAsync(_folder.Write("news.jsonl", CurationArticles.All));
        var retention = engine.Services.GetRequiredService<RetentionService>();

        await retention.StartAsync(CancellationToken.None);
        await retention.ExecuteTask!;
        _clock.Advance(TimeSpan.FromDays(3650));

        Assert.Equal(0, retention.CompletedPasses);
        Assert.Equal(4, engine.Index.ArticleCount);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void A_retention_that_is_not_a_positive_number_of_days_names_the_key(string days)
    {
        using var engine = Engine(days);

        var error = Assert.Throws<OptionsValidationException>(() => engine.Services.GetRequiredService<IOptions<BriefingOptions>>().Value);

        Assert.Contains("Briefing:RetentionDays", error.Message);
    }

    private EngineFixture Engine(string? retentionDays) => new(_folder,
        new Dictionary<string, string?> { ["Briefing:RetentionDays"] = retentionDays },
        s => s.AddSingleton<TimeProvider>(_clock));

    private static string[] Ids(EngineFixture engine) =>
        [.. engine.Services.GetRequiredService<ArticleCatalog>().List(new ArticleFilter()).Select(a => a.Id).Order(StringComparer.Ordinal)];

    /// <summary>Waits (bounded) until the service has finished <paramref name="passes"/> passes; no timing is asserted.</summary>
    private static async Task WaitForPassAsync(RetentionService retention, int passes)
    {
        for (var i = 0; i < 1000 && retention.CompletedPasses < passes; i++) await Task.Delay(20);
        Assert.True(retention.CompletedPasses >= passes, $"retention finished {retention.CompletedPasses} of {passes} passes");
    }

    public void Dispose() => _folder.Dispose();
}
