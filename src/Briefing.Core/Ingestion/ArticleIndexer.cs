using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Briefing.Core.Ingestion;

/// <summary>
/// The idempotent indexing step for one article: unchanged content is a no-op, changed content replaces the
/// old version, and text already stored under another id is counted as a duplicate instead of indexed twice.
/// Order of writes (crash consistency): the article store first (the system of record), then the index (derived;
/// the commit records the store sequence it reflects), then the near-duplicate signature. A crash anywhere leaves
/// the store ahead of the index, and <see cref="IndexCatchUp"/> re-derives the rest; a signature never exists
/// for an article the store lacks, so no later article is dropped as a "duplicate" of nothing.
/// </summary>
public sealed class ArticleIndexer(
    IArticleStore store,
    INewsIndex index,
    TimeProvider time,
    ILogger<ArticleIndexer> logger,
    IndexCatchUp catchUp,
    INearDuplicateDetector? nearDuplicates = null,
    IWithheldArticles? withheld = null)
{
    /// <summary>
    /// A store batch is committed after this long at the latest even mid-run: it holds <c>state.db</c>'s write lock, and
    /// the bot's other writers (chat history, answers) wait for it; on PostgreSQL it holds the article sequence, and
    /// the other instances' article writes wait for it.
    /// </summary>
    private static readonly TimeSpan MaxBatchAge = TimeSpan.FromMilliseconds(250);

    private readonly INearDuplicateDetector? _nearDuplicates = nearDuplicates;
    private readonly IWithheldArticles? _withheld = withheld;
    private IArticleWriteBatch? _batch;
    private long _batchStarted;
    private IndexWriterStage? _indexStage;

    /// <summary>
    /// From here until <see cref="EndIndexStage"/>, Lucene's adds and commits run on their own thread behind this writer
    /// (<see cref="IndexWriterStage"/>): an ingest run's store decisions and Lucene's analysis use a core each.
    /// </summary>
    internal void StartIndexStage()
    {
        if (_indexStage is not null) throw new InvalidOperationException("The index stage is already running.");
        _indexStage = IndexWriterStage.Start(index);
    }

    /// <summary>
    /// Waits for the index thread to add what was handed on and ends the stage; later writes go to the index directly.
    /// Returns the index thread's failure (not thrown: the caller knows whether another one is on its way).
    /// </summary>
    internal Exception? EndIndexStage()
    {
        if (_indexStage is not { } stage) return null;
        _indexStage = null;
        return stage.Finish();
    }

    /// <summary>
    /// What can be done for an article before the writer sees it, on any thread: passages, content hash and the
    /// near-duplicate signature (the detector keeps it for the look-up and for remembering the article).
    /// </summary>
    internal PreparedArticle Prepare(ArticleReadResult result)
    {
        if (result.Article is not { } article) return new PreparedArticle(result, [], null);
        using var timing = IngestStageTimes.Time(IngestStageTimes.Stage.Prepare);
        var passages = PassageChunker.Chunk(article);
        if (passages.Count == 0) return new PreparedArticle(result, passages, null);
        _nearDuplicates?.Prepare(article);
        return new PreparedArticle(result, passages, ArticleContentHash.Compute(article));
    }

    internal IngestOutcome Index(ArticleReadResult result, IngestReportBuilder report, IngestTrigger trigger = IngestTrigger.Explicit) =>
        Index(Prepare(result), report, trigger);

    internal IngestOutcome Index(PreparedArticle prepared, IngestReportBuilder report, IngestTrigger trigger = IngestTrigger.Explicit)
    {
        var result = prepared.Result;
        if (result.Article is not { } article)
        {
            report.Reject(result.Input, result.RejectionReason ?? "unreadable");
            logger.LogWarning("Rejected {Input}: {Reason}", result.Input, result.RejectionReason);
            return IngestOutcome.Rejected;
        }
        if (_batch is null)
        {
            _batch = store.BeginWriteBatch();
            _batchStarted = time.GetTimestamp();
        }
        var outcome = Index(result.Input, article, prepared, report, trigger);
        report.Count(outcome);
        if (time.GetElapsedTime(_batchStarted) >= MaxBatchAge) CommitStore();
        return outcome;
    }

    /// <summary>
    /// Commits the open store batch (the articles and signatures written since the last one) without committing the
    /// index: the store may run ahead of the index (catch-up replays the difference), never behind it.
    /// </summary>
    internal void CommitStore()
    {
        if (_batch is not { } batch) return;
        _batch = null;
        using var timing = IngestStageTimes.Time(IngestStageTimes.Stage.StoreCommit);
        using (batch) batch.Commit();
    }

    /// <summary>
    /// The store batch first, then the index commit that records the store sequence it reflects (queued behind the
    /// articles handed on when the index stage runs).
    /// </summary>
    public void Commit()
    {
        CommitStore();
        if (_indexStage is { } stage)
        {
            stage.Commit();
            return;
        }
        using var timing = IngestStageTimes.Time(IngestStageTimes.Stage.IndexCommit);
        index.Commit();
    }

    private IngestOutcome Index(string input, Article article, PreparedArticle prepared, IngestReportBuilder report, IngestTrigger trigger)
    {
        var passages = prepared.Passages;
        if (prepared.ContentHash is not { } hash)
        {
            report.Reject(input, "the article has no text");
            return IngestOutcome.Rejected;
        }
        var lookup = IngestStageTimes.Time(IngestStageTimes.Stage.StoreLookup);
        var existing = store.Get(article.Id);
        if (existing is not null && existing.ContentHash == hash)
        {
            lookup.Dispose();
            return IngestOutcome.Unchanged;
        }
        if (existing is null && trigger == IngestTrigger.Scheduled && _withheld?.IsWithheld(article) == true)
        {
            // Removed by staff with this very text: a schedule does not bring it back (changed text or an explicit ingest does).
            logger.LogInformation("{ArticleId} was removed by staff and is unchanged: not indexed again", article.Id);
            lookup.Dispose();
            return IngestOutcome.Unchanged;
        }

        var sameText = store.FindIdByContentHash(hash);
        lookup.Dispose();
        if (sameText is not null && sameText != article.Id)
        {
            report.Duplicate(new IngestDuplicate(input, article.Id, sameText, Exact: true));
            return IngestOutcome.Duplicate;
        }
        string? original;
        using (IngestStageTimes.Time(IngestStageTimes.Stage.NearDuplicate))
            original = existing is null ? _nearDuplicates?.FindNearDuplicate(article) : null;
        if (original is not null && original != article.Id)
        {
            _nearDuplicates!.RecordAlsoReportedBy(original, article);
            report.Duplicate(new IngestDuplicate(input, article.Id, original, Exact: false));
            return IngestOutcome.Duplicate;
        }

        var stored = article with { Ingested = existing?.Article.Ingested ?? article.Ingested ?? time.GetUtcNow() };
        long sequence;
        using (IngestStageTimes.Time(IngestStageTimes.Stage.StoreSave)) sequence = store.Save(stored, hash);
        if (_indexStage is { } stage)
        {
            // The signature is written here, in the store's batch (the index thread has no part in the store's
            // transaction); it was always written before the index commit, so crash consistency is as before.
            catchUp.Follow(sequence, stage, () =>
            {
                stage.Upsert(stored, passages, hash, sequence, isNew: existing is null);
                using (IngestStageTimes.Time(IngestStageTimes.Stage.Signature)) _nearDuplicates?.Remember(stored);
            });
        }
        else
        {
            catchUp.Follow(sequence, () =>
            {
                using (IngestStageTimes.Time(IngestStageTimes.Stage.IndexAdd))
                {
                    if (existing is null) index.Add(stored, passages, hash);
                    else index.Upsert(stored, passages, hash);
                }
                using (IngestStageTimes.Time(IngestStageTimes.Stage.Signature)) _nearDuplicates?.Remember(stored);
            });
        }
        report.Changed(stored.Id);
        return existing is null ? IngestOutcome.Added : IngestOutcome.Updated;
    }
}
