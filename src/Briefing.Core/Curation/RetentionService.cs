using Briefing.Core.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Curation;

/// <summary>
/// With <c>Briefing:RetentionDays</c> set, removes articles published (or, when that is unknown, ingested) longer ago
/// than that, right after start and then once a day while <c>run</c> is up. Unset: articles are kept forever.
/// </summary>
public sealed class RetentionService(
    IOptions<BriefingOptions> options,
    ArticleRemover remover,
    TimeProvider time,
    ILogger<RetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    private int _completedPasses;

    /// <summary>Passes finished so far; each has armed its wake-up timer before it counts (tests wait on this).</summary>
    public int CompletedPasses => Volatile.Read(ref _completedPasses);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RetentionDays is not { } days) return;
        logger.LogInformation("Retention: articles older than {Days} days are removed once a day (Briefing:RetentionDays)", days);
        while (!stoppingToken.IsCancellationRequested)
        {
            await RemoveExpiredAsync(days, stoppingToken);
            var wakeUp = Task.Delay(Interval, time, stoppingToken);
            Interlocked.Increment(ref _completedPasses);
            try
            {
                await wakeUp;
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task RemoveExpiredAsync(int days, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(days);
        try
        {
            var report = await remover.RemoveOlderThanAsync(cutoff, "retention", cancellationToken);
            logger.LogInformation("Retention: removed {Count} articles published before {Cutoff:yyyy-MM-dd HH:mm} UTC (Briefing:RetentionDays = {Days})",
                report.Removed.Count, cutoff.UtcDateTime, days);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Tried again at the next pass; the bot keeps running.
            logger.LogError(ex, "Retention pass failed");
        }
    }
}
