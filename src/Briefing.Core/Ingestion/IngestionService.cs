using Briefing.Core.Articles;
using Briefing.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Briefing.Core.Ingestion;

/// <summary>
/// Reads inputs (files, folders, URLs, uploads) into articles and indexes them idempotently. Runs are
/// serialised, also across processes: the data folder has one writer. Progress is committed every <see cref="CommitEvery"/> articles so a
/// crash loses at most one batch, and a failed input never touches what is already indexed.
/// </summary>
public sealed class IngestionService(
    ArticleFileReader fileReader,
    IEnumerable<IRemoteArticleSource> remoteSources,
    ArticleIndexer indexer,
    DataFolderWriter writer,
    IEnumerable<IIngestionListener> listeners,
    ILogger<IngestionService> logger,
    BriefingMetrics? metrics = null)
{
    /// <summary>
    /// Index commits of a long run. The store is the system of record and commits its batch every 250 ms anyway
    /// (<see cref="ArticleIndexer"/>); an index commit only bounds what <see cref="IndexCatchUp"/> replays after a
    /// crash. Each one flushes a new segment, and the index keeps about four per size tier (LuceneNewsIndex's merge
    /// policy), so at 500 the 3,253-article speed set flushed 7 segments and Lucene merged 4 of them again during the
    /// run; at 2,000 it flushes 2 and merges none (bench/README.md, issue 13 ninth session).
    /// </summary>
    private const int CommitEvery = 2_000;
    private readonly IReadOnlyList<IRemoteArticleSource> _remoteSources = remoteSources.ToList();
    private int _writesSinceCommit;

    public async Task<IngestReport> IngestAsync(IReadOnlyList<string> inputs, IProgress<IngestProgress>? progress, CancellationToken cancellationToken,
        IngestTrigger trigger = IngestTrigger.Explicit)
    {
        var report = new IngestReportBuilder();
        await RunExclusiveAsync(async () =>
        {
            var units = ExpandInputs(inputs, report);
            var articles = 0;
            await IndexInOrderAsync(units.Select(unit => unit.Read).ToList(), report, trigger, (input, prepared) =>
            {
                if (prepared is not null) progress?.Report(new IngestProgress(input, units.Count, ++articles, prepared.Result.Input));
                else progress?.Report(new IngestProgress(input + 1, units.Count, articles, units[input].Name));
            }, cancellationToken);
        }, report, cancellationToken);
        return Counted(report.Build());
    }

    /// <summary>A document sent by staff (e.g. a Telegram upload): the same checks as a file on disk.</summary>
    public Task<IngestReport> IngestDocumentAsync(string fileName, byte[] content, CancellationToken cancellationToken) =>
        IngestResultsAsync(fileReader.ReadContent(fileName, fileName, content).ToAsyncEnumerable(), cancellationToken);

    /// <summary>Articles already read elsewhere (feed items, pages): indexed with the same rules.</summary>
    public async Task<IngestReport> IngestResultsAsync(IAsyncEnumerable<ArticleReadResult> results, CancellationToken cancellationToken,
        IngestTrigger trigger = IngestTrigger.Explicit)
    {
        var report = new IngestReportBuilder();
        await RunExclusiveAsync(async () =>
        {
            await IndexInOrderAsync([_ => results], report, trigger, (_, _) => { }, cancellationToken);
        }, report, cancellationToken);
        return Counted(report.Build());
    }

    private IngestReport Counted(IngestReport report)
    {
        metrics?.Ingested(report.Added, report.Updated, report.Unchanged, report.Duplicates, report.Rejected.Count);
        return report;
    }

    /// <summary>
    /// Another write to the data folder (e.g. removing articles) takes its turn with the ingest runs: one writer at a
    /// time, across processes too (<see cref="DataFolderWriter"/>).
    /// </summary>
    public Task<T> WriteExclusiveAsync<T>(Func<T> write, CancellationToken cancellationToken) =>
        writer.RunAsync(() => Task.FromResult(write()), cancellationToken);

    /// <summary>One run holds the data folder's writer (<see cref="DataFolderWriter"/>): one at a time, across processes too.</summary>
    private Task RunExclusiveAsync(Func<Task> run, IngestReportBuilder report, CancellationToken cancellationToken) =>
        writer.RunAsync(async () =>
        {
            IngestStageTimes.Reset();
            try
            {
                await run();
            }
            finally
            {
                indexer.Commit();
                _writesSinceCommit = 0;
                await NotifyListenersAsync(report.ChangedArticleIds, cancellationToken);
                // Standard error, not the log: the CLI logs warnings only, and this is read by the speed benchmarks.
                if (IngestStageTimes.Enabled) Console.Error.WriteLine(IngestStageTimes.Summary());
                var summary = report.Build();
                logger.LogInformation("Ingest: {Added} added, {Updated} updated, {Unchanged} unchanged, {Duplicates} duplicates, {Rejected} rejected, {Skipped} skipped",
                    summary.Added, summary.Updated, summary.Unchanged, summary.Duplicates, summary.Rejected.Count, summary.Skipped);
            }
            return true;
        }, cancellationToken);

    private async Task NotifyListenersAsync(IReadOnlyList<string> changedArticleIds, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnArticlesIndexedAsync(changedArticleIds, cancellationToken);
            }
            catch (Exception ex)
            {
                // What is indexed stays indexed; the listener keeps its own backlog to catch up later.
                logger.LogWarning(ex, "Post-ingest step {Listener} failed", listener.GetType().Name);
            }
        }
    }

    /// <summary>
    /// Reads and prepares ahead (<see cref="ArticleReadAhead"/>) and indexes on this flow, the single writer, in input
    /// order. The store batch is committed whenever nothing is ready: the writer never holds <c>state.db</c>'s write
    /// lock while it waits for a file, a feed or a page.
    /// </summary>
    private async Task IndexInOrderAsync(IReadOnlyList<Func<CancellationToken, IAsyncEnumerable<ArticleReadResult>>> inputs,
        IngestReportBuilder report, IngestTrigger trigger, Action<int, PreparedArticle?> indexed, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var readAhead = ArticleReadAhead.Start(inputs, indexer.Prepare, stop.Token);
        indexer.StartIndexStage();
        try
        {
            while (await readAhead.Items.WaitToReadAsync(cancellationToken))
            {
                while (readAhead.Items.TryRead(out var item))
                {
                    if (item.Article is { } prepared)
                    {
                        IngestStageTimes.FirstArticle();
                        Index(prepared, report, trigger);
                    }
                    indexed(item.Input, item.Article);
                }
                indexer.CommitStore();
            }
            await readAhead.Completion; // a reading failure surfaces here, after everything read before it is indexed
        }
        catch
        {
            // The run fails with its own exception; the index thread's, if it failed too, would hide it.
            indexer.EndIndexStage();
            throw;
        }
        finally
        {
            // The writer failed or was cancelled: stop reading and wait for it, without hiding the writer's exception.
            await stop.CancelAsync();
            await Task.WhenAny(readAhead.Completion);
        }
        // What was handed on is in the index's buffer before the run's final commit; a failure there fails the run.
        if (indexer.EndIndexStage() is { } indexFailure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(indexFailure);
    }

    private void Index(PreparedArticle prepared, IngestReportBuilder report, IngestTrigger trigger)
    {
        var outcome = indexer.Index(prepared, report, trigger);
        // Only written articles count towards the next commit; _writesSinceCommit is guarded by the writer's lock.
        if (outcome is IngestOutcome.Added or IngestOutcome.Updated && ++_writesSinceCommit >= CommitEvery)
        {
            indexer.Commit();
            _writesSinceCommit = 0;
        }
    }

    /// <summary>One unit of work per file, URL or feed; folders are listed up front so progress has a total.</summary>
    private List<InputUnit> ExpandInputs(IReadOnlyList<string> inputs, IngestReportBuilder report)
    {
        var units = new List<InputUnit>();
        foreach (var input in inputs)
        {
            if (_remoteSources.FirstOrDefault(s => s.CanHandle(input)) is { } remote)
            {
                units.Add(new InputUnit(input, ct => remote.ReadAsync(input, ct)));
            }
            else if (IsUrl(input))
            {
                units.Add(InputUnit.Of(input, [ArticleReadResult.Rejected(input, "web ingestion is not available in this build")]));
            }
            else if (Directory.Exists(input))
            {
                var listing = fileReader.ListFolder(input);
                report.Skip(listing.Unsupported.Count);
                foreach (var problem in listing.Problems) report.Reject(input, problem);
                units.AddRange(listing.Files.Select(file => new InputUnit(file, _ => fileReader.StreamFile(file).ToAsyncEnumerable())));
            }
            else
            {
                units.Add(new InputUnit(input, _ => fileReader.StreamFile(input).ToAsyncEnumerable()));
            }
        }
        return units;
    }

    private sealed record InputUnit(string Name, Func<CancellationToken, IAsyncEnumerable<ArticleReadResult>> Read)
    {
        public static InputUnit Of(string name, IReadOnlyList<ArticleReadResult> results) => new(name, _ => results.ToAsyncEnumerable());
    }

    private static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
