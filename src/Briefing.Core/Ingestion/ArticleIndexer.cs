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
    private readonly INearDuplicateDetector? _nearDuplicates = nearDuplicates;
    private readonly IWithheldArticles? _withheld = withheld;

    internal IngestOutcome Index(ArticleReadResult result, IngestReportBuilder report, IngestTrigger trigger = IngestTrigger.Explicit)
    {
        if (result.Article is not { } article)
        {
            report.Reject(result.Input, result.RejectionReason ?? "unreadable");
            logger.LogWarning("Rejected {Input}: {Reason}", result.Input, result.RejectionReason);
            return IngestOutcome.Rejected;
        }
        var outcome = Index(result.Input, article, report, trigger);
        report.Count(outcome);
        return outcome;
    }

    public void Commit() => index.Commit();

    private IngestOutcome Index(string input, Article article, IngestReportBuilder report, IngestTrigger trigger)
    {
        var passages = PassageChunker.Chunk(article);
        if (passages.Count == 0)
        {
            report.Reject(input, "the article has no text");
            return IngestOutcome.Rejected;
        }
        var hash = ArticleContentHash.Compute(article);
        var existing = store.Get(article.Id);
        if (existing is not null && existing.ContentHash == hash) return IngestOutcome.Unchanged;
        if (existing is null && trigger == IngestTrigger.Scheduled && _withheld?.IsWithheld(article) == true)
        {
            // Removed by staff with this very text: a schedule does not bring it back (changed text or an explicit ingest does).
            logger.LogInformation("{ArticleId} was removed by staff and is unchanged: not indexed again", article.Id);
            return IngestOutcome.Unchanged;
        }

        if (store.FindIdByContentHash(hash) is { } sameText && sameText != article.Id)
        {
            report.Duplicate(new IngestDuplicate(input, article.Id, sameText, Exact: true));
            return IngestOutcome.Duplicate;
        }
        if (existing is null && _nearDuplicates?.FindNearDuplicate(article) is { } original && original != article.Id)
        {
            _nearDuplicates.RecordAlsoReportedBy(original, article);
            report.Duplicate(new IngestDuplicate(input, article.Id, original, Exact: false));
            return IngestOutcome.Duplicate;
        }

        var stored = article with { Ingested = existing?.Article.Ingested ?? article.Ingested ?? time.GetUtcNow() };
        var sequence = store.Save(stored, hash);
        catchUp.Follow(sequence, () =>
        {
            index.Upsert(stored, passages, hash);
            _nearDuplicates?.Remember(stored);
        });
        report.Changed(stored.Id);
        return existing is null ? IngestOutcome.Added : IngestOutcome.Updated;
    }
}
