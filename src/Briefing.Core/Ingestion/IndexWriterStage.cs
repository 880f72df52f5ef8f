using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Briefing.Core.Articles;
using Briefing.Core.Search;

namespace Briefing.Core.Ingestion;

/// <summary>
/// The index half of an ingest run's writer: Lucene's document adds and commits run on their own thread, in exactly the
/// order the store writer hands them on, while the store writer (look-ups, duplicate decisions, article rows, signatures)
/// goes on with the next article. Lucene's analysis and inversion were the largest part of the single writer's time
/// (bench/README.md, issue 13 seventh session); now they use the other core. One thread, one order: the documents land in
/// the same segments in the same order as before, so ranking ties break the same way.
/// <para>
/// Crash consistency is unchanged: an index commit is queued only after the store batch holding its articles was
/// committed (<see cref="ArticleIndexer.Commit"/>), and the index thread marks each article's store sequence applied
/// after adding it, so a commit never records a sequence whose article it lacks. The queue is bounded: the store runs at
/// most <see cref="Capacity"/> articles ahead of the index, and a run's memory does not grow with its input.
/// </para>
/// A failure on the index thread (a full disk, say) stops the stage: nothing queued after it runs, and the store writer's
/// next hand-on or <see cref="Finish"/> throws it, so the run fails as it did when the writer indexed itself.
/// </summary>
internal sealed class IndexWriterStage
{
    private const int Capacity = 256;

    private readonly INewsIndex _index;
    private readonly BlockingCollection<Action> _work = new(Capacity);
    private readonly Thread _thread;
    private volatile ExceptionDispatchInfo? _failure;

    private IndexWriterStage(INewsIndex index)
    {
        _index = index;
        AppliedOrQueued = index.AppliedSequence;
        _thread = new Thread(Run) { IsBackground = true, Name = "Briefing index writer" };
    }

    /// <summary>
    /// The store sequence the index will reflect once everything queued has run: what <see cref="IndexCatchUp.Follow"/>
    /// compares a new sequence with (the index's own <see cref="INewsIndex.AppliedSequence"/> lags behind the queue).
    /// </summary>
    public long AppliedOrQueued { get; private set; }

    public static IndexWriterStage Start(INewsIndex index)
    {
        var stage = new IndexWriterStage(index);
        stage._thread.Start();
        return stage;
    }

    /// <summary>
    /// Queues the article's documents; the index thread adds them, then marks <paramref name="sequence"/> applied.
    /// <paramref name="isNew"/>: the store had no row for the article's id (<see cref="INewsIndex.Add"/>).
    /// </summary>
    public void Upsert(Article article, IReadOnlyList<Passage> passages, string contentHash, long sequence, bool isNew = false)
    {
        using var timing = IngestStageTimes.Time(IngestStageTimes.Stage.IndexQueue);
        Queue(() =>
        {
            using (IngestStageTimes.Time(IngestStageTimes.Stage.IndexAdd))
            {
                if (isNew) _index.Add(article, passages, contentHash);
                else _index.Upsert(article, passages, contentHash);
            }
            _index.MarkApplied(sequence);
        });
        AppliedOrQueued = sequence;
    }

    /// <summary>Queues an index commit: it runs after every article queued before it. Call after committing the store.</summary>
    public void Commit() => Queue(() =>
    {
        using (IngestStageTimes.Time(IngestStageTimes.Stage.IndexCommit)) _index.Commit();
    });

    /// <summary>
    /// Waits until everything queued so far has run (the store writer is about to write the index itself: a catch-up
    /// through changes another writer stored), then takes the index's applied sequence as the stage's.
    /// </summary>
    public void WaitUntilIdle()
    {
        using var idle = new ManualResetEventSlim();
        Queue(idle.Set);
        // The marker may be skipped after a failure; the failure is what is thrown then.
        while (!idle.Wait(TimeSpan.FromMilliseconds(100))) ThrowIfFailed();
        ThrowIfFailed();
        AppliedOrQueued = _index.AppliedSequence;
    }

    /// <summary>
    /// Ends the stage: waits for what is queued to run and returns the index thread's failure, if any, without throwing
    /// it (the caller decides whether another exception is already on its way).
    /// </summary>
    public Exception? Finish()
    {
        _work.CompleteAdding();
        _thread.Join();
        _work.Dispose();
        return _failure?.SourceException;
    }

    /// <summary>Rethrows the index thread's failure as thrown there (its own type and stack).</summary>
    public void ThrowIfFailed() => _failure?.Throw();

    private void Queue(Action work)
    {
        ThrowIfFailed();
        _work.Add(work);
    }

    private void Run()
    {
        foreach (var work in _work.GetConsumingEnumerable())
        {
            // After a failure the rest is drained without running, so a store writer blocked on a full queue goes on
            // (and meets the failure at its next hand-on).
            if (_failure is not null) continue;
            try
            {
                work();
            }
            catch (Exception ex)
            {
                _failure = ExceptionDispatchInfo.Capture(ex);
            }
        }
    }
}
