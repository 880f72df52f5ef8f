using Briefing.Core.Articles;

namespace Briefing.Core.Ingestion;

/// <summary>
/// Finds an indexed article that a new one mostly repeats (e.g. the same wire story under another headline).
/// Exact duplicates are caught earlier by content hash; this is the fuzzy step. Optional: ingestion runs without it.
/// </summary>
public interface INearDuplicateDetector
{
    /// <summary>
    /// Work that depends on the article alone (its signature), done on a reader thread ahead of the single writer so
    /// <see cref="FindNearDuplicate"/> and <see cref="Remember"/> only look up and store. Must be thread-safe.
    /// </summary>
    void Prepare(Article article)
    {
    }

    /// <summary>The id of an indexed article this one near-duplicates, or null.</summary>
    string? FindNearDuplicate(Article article);

    /// <summary>Called after an article was indexed so later ones can be compared with it.</summary>
    void Remember(Article article);

    /// <summary>Called when <paramref name="duplicate"/> was recognised as another source of <paramref name="originalArticleId"/>.</summary>
    void RecordAlsoReportedBy(string originalArticleId, Article duplicate);

    /// <summary>Other sources recorded for an indexed article ("also reported by").</summary>
    IReadOnlyList<string> AlsoReportedBy(string articleId);
}
