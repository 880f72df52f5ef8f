using Briefing.Core.Articles;

namespace Briefing.Core.Storage;

/// <summary>
/// The system of record for articles: every article's metadata and text with its content hash, and an increasing
/// change sequence bumped by every write and removal. The search index is derived from it (caught up from
/// <see cref="ChangesAfter"/>, rebuilt by <c>reindex</c>); a server database implements the same interface.
/// </summary>
public interface IArticleStore
{
    StoredArticle? Get(string articleId);

    /// <summary>Every stored article's metadata, without the text (staff listings, retention), in no particular order.</summary>
    IReadOnlyList<ArticleHeader> Headers();

    /// <summary>The id of a stored article with exactly this normalised-content hash, if any.</summary>
    string? FindIdByContentHash(string contentHash);

    /// <summary>Adds or replaces an article; returns the change sequence of this write.</summary>
    long Save(Article article, string contentHash);

    /// <summary>Removes an article (a tombstone others can follow); its change sequence, or null when it was not stored.</summary>
    long? Remove(string articleId);

    /// <summary>Changes after <paramref name="sequence"/> in order, at most <paramref name="limit"/> (page through them).</summary>
    IReadOnlyList<ArticleChange> ChangesAfter(long sequence, int limit);

    /// <summary>The sequence of the latest change (0 when nothing was ever stored).</summary>
    long LastSequence { get; }

    /// <summary>Articles stored now (removed ones not counted).</summary>
    int Count { get; }

    /// <summary>
    /// Groups the following store calls of this flow (an ingest run) into one transaction until the batch is committed;
    /// reads on the flow see the batch's writes. The default (a store that commits each write on its own) is no batch.
    /// </summary>
    IArticleWriteBatch BeginWriteBatch() => ImmediateArticleWrites.Instance;
}
