using Briefing.Core.Configuration;
using Briefing.Core.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Core.Web;

/// <summary>
/// Polls the feeds of <c>Briefing:Sources</c> that have an <c>every</c> (e.g. <c>{"url": "...", "every": "00:15:00"}</c>)
/// on their own schedules, first right after start. Each poll is a conditional GET, and items already seen are not
/// fetched again (<see cref="IFeedStateStore"/>), so a quiet feed costs one 304 per interval.
/// </summary>
public sealed class FeedPollingService(
    IConfiguration configuration,
    WebArticleSource source,
    IngestionService ingestion,
    TimeProvider timeProvider,
    ILogger<FeedPollingService> logger) : BackgroundService
{
    private readonly Lock _passGate = new();
    private readonly List<(int Passes, TaskCompletionSource Done)> _passWaiters = [];
    private int _completedPasses;

    /// <summary>Passes finished so far; each one has armed its wake-up timer before it counts.</summary>
    public int CompletedPasses => Volatile.Read(ref _completedPasses);

    /// <summary>
    /// Completes once <paramref name="passes"/> passes over the feeds are done (each has armed its wake-up timer by
    /// then): an explicit signal to wait on instead of sleeping and looking.
    /// </summary>
    public Task WhenPassCompleted(int passes)
    {
        lock (_passGate)
        {
            if (_completedPasses >= passes) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _passWaiters.Add((passes, done));
            return done.Task;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var feeds = SourcesConfiguration.Read(configuration).Where(s => s.IsUrl && s.Every is not null).ToList();
        if (feeds.Count == 0) return;
        logger.LogInformation("Polling {Count} feeds: {Feeds}", feeds.Count, string.Join(", ", feeds.Select(f => $"{f.Location} every {f.Every}")));
        var due = feeds.Select(_ => timeProvider.GetUtcNow()).ToArray();
        while (!stoppingToken.IsCancellationRequested)
        {
            for (var i = 0; i < feeds.Count; i++)
            {
                if (due[i] > timeProvider.GetUtcNow()) continue;
                await PollAsync(feeds[i].Location, stoppingToken);
                due[i] = timeProvider.GetUtcNow() + feeds[i].Every!.Value;
            }
            var wait = due.Min() - timeProvider.GetUtcNow();
            var wakeUp = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, timeProvider, stoppingToken);
            CompletePass();
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

    private void CompletePass()
    {
        lock (_passGate)
        {
            var passes = Interlocked.Increment(ref _completedPasses);
            foreach (var waiter in _passWaiters.Where(w => w.Passes <= passes).ToList())
            {
                waiter.Done.TrySetResult();
                _passWaiters.Remove(waiter);
            }
        }
    }

    /// <summary>One poll of one feed into the index; failures are logged, never end the service.</summary>
    public async Task<IngestReport?> PollAsync(string feedUrl, CancellationToken cancellationToken)
    {
        try
        {
            var report = await ingestion.IngestResultsAsync(source.ReadAsync(feedUrl, cancellationToken), cancellationToken, IngestTrigger.Scheduled);
            foreach (var rejection in report.Rejected)
                logger.LogWarning("Feed {Feed}: {Input} rejected: {Reason}", feedUrl, rejection.Input, rejection.Reason);
            logger.LogInformation("Polled {Feed}: {Added} added, {Updated} updated, {Duplicates} duplicates", feedUrl, report.Added, report.Updated, report.Duplicates);
            return report;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Polling {Feed} failed; it is tried again at its next interval", feedUrl);
            return null;
        }
    }
}
