using Briefing.Core.Ingestion;
using Briefing.Core.Search;
using Briefing.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Storage.Postgres;

/// <summary>
/// Postgres mode: keeps this instance's Lucene index a replica of the shared article table. At start and whenever the
/// store holds changes the index lacks, it catches up through <see cref="DataFolderWriter"/> (the same write lock and
/// catch-up as an ingest, so a local CLI ingest and the replica never write at once; a missing or emptied index is
/// rebuilt whole). A change notification from any instance wakes it at once; without one it checks every
/// <c>Storage:ReplicaPollSeconds</c>.
/// </summary>
public sealed class IndexReplicaFollower(
    PostgresDatabase database,
    IArticleStore store,
    INewsIndex index,
    DataFolderWriter writer,
    IOptions<StorageOptions> options,
    ILogger<IndexReplicaFollower> logger) : BackgroundService
{
    /// <summary>
    /// After a wake-up, changes arriving together are applied in one commit. Short: a batch ingest elsewhere commits its
    /// articles in one transaction (one wake-up for all of them), and every millisecond here is part of the 2 s from
    /// "ingested on A" to "answerable on B" (it was 100 ms; bench/README.md, issue 13 fifth session).
    /// </summary>
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.ReplicaPollSeconds);
        await using var listener = new PostgresChangeListener(database, logger);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CatchUpAsync(stoppingToken);
                if (await listener.WaitAsync(poll, stoppingToken)) await Task.Delay(Gather, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database or index problem must not end the bot: searches go on with what the replica has.
                logger.LogWarning("The index replica could not catch up ({Message}); trying again in {Seconds:0.#} s", e.Message, poll.TotalSeconds);
                await Task.Delay(poll, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Catches the replica up when the store is ahead of the last index commit (the writer's run does the work).</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        if (store.LastSequence <= index.CommittedSequence) return;
        await writer.RunAsync(() => Task.FromResult(true), cancellationToken);
        logger.LogDebug("Index replica at change {Sequence}", index.CommittedSequence);
    }
}
