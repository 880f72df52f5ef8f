using Briefing.Core.Configuration;
using Briefing.Core.Ingestion;
using Briefing.Core.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Web;

/// <summary>
/// Polls the feeds of <c>Briefing:Sources</c> that have an <c>every</c> (e.g. <c>{"url": "...", "every": "00:15:00"}</c>)
/// on their own schedules, first right after start. Each poll is a conditional GET, and items already seen are not
/// fetched again (<see cref="IFeedStateStore"/>), so a quiet feed costs one 304 per interval. With instances on one
/// database each feed is polled by one of them per interval (<see cref="IFeedPollClaims"/>: a due feed is claimed with a
/// lease renewed while the poll runs; the others look again when it is next due, or when a dead instance's lease runs out).
/// </summary>
public sealed class FeedPollingService(
    IConfiguration configuration,
    WebArticleSource source,
    IngestionService ingestion,
    TimeProvider timeProvider,
    IOptions<WebIngestionOptions> options,
    ILogger<FeedPollingService> logger,
    IFeedPollClaims claims) : BackgroundService
{
    /// <summary>Who holds a claim: unique per poller, so a restarted instance never mistakes an old lease for its own.</summary>
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

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
                due[i] = await PollWhenClaimedAsync(feeds[i].Location, feeds[i].Every!.Value, stoppingToken);
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

    /// <summary>Polls the feed when this instance gets the claim; returns when to look at it again.</summary>
    private async Task<DateTimeOffset> PollWhenClaimedAsync(string feedUrl, TimeSpan every, CancellationToken stoppingToken)
    {
        FeedPollClaim claim;
        try
        {
            claim = claims.TryClaim(feedUrl, _owner, timeProvider.GetUtcNow(), options.Value.FeedPollLease);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Feed {Feed} could not be claimed ({Message}); it is tried again at its next interval", feedUrl, ex.Message);
            return timeProvider.GetUtcNow() + every;
        }
        if (!claim.Claimed) return claim.LookAgainAt;
        var lease = options.Value.FeedPollLease;
        try
        {
            // A poll may outlast one lease (a slow feed, a first fetch of many pages): renewed while it runs, the claim
            // keeps the other instances off this feed for as long as this one is alive and at work.
            await using var renewal = LeaseRenewal.Start(
                () => claims.Renew(feedUrl, _owner, timeProvider.GetUtcNow(), lease), lease, timeProvider, logger, $"the poll of {feedUrl}");
            await PollAsync(feedUrl, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            ReleaseQuietly(feedUrl); // stopping: another instance may poll it at once
            throw;
        }
        var next = timeProvider.GetUtcNow() + every;
        try
        {
            if (!claims.Complete(feedUrl, _owner, next))
                logger.LogWarning("The claim on feed {Feed} ran out during the poll; another instance took it over", feedUrl);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Feed {Feed}: the end of the poll could not be recorded ({Message}); its claim runs out by itself", feedUrl, ex.Message);
        }
        return next;
    }

    private void ReleaseQuietly(string feedUrl)
    {
        try
        {
            claims.Release(feedUrl, _owner);
        }
        catch (Exception ex)
        {
            logger.LogDebug("Feed {Feed}: the claim could not be let go ({Message}); it runs out by itself", feedUrl, ex.Message);
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
