using Briefing.Core.Articles;

namespace Briefing.Core.Search;

/// <summary>
/// The persistent article and passage index. The embedded implementation is Lucene.Net under
/// <c>Briefing:DataDir</c>; a server backend implements the same shape.
/// Writes become visible to searches after <see cref="Commit"/>.
/// </summary>
public interface INewsIndex : IDisposable
{
    /// <summary>Adds or replaces an article and all of its passages.</summary>
    void Upsert(Article article, IReadOnlyList<Passage> passages, string contentHash);

    /// <summary>
    /// Adds an article the index cannot hold yet: the store, whose changes the index reflects, had no row for its id
    /// before this one. Nothing older is looked for and replaced (an ingest of new articles is mostly such adds).
    /// </summary>
    void Add(Article article, IReadOnlyList<Passage> passages, string contentHash) => Upsert(article, passages, contentHash);

    void Delete(string articleId);

    /// <summary>Makes pending writes durable and visible.</summary>
    void Commit();

    /// <summary>The pending writes reflect the article store up to this change sequence; the next commit records it.</summary>
    void MarkApplied(long sequence);

    /// <summary>The article store's change sequence the last commit reflects (0: none recorded, or no index yet).</summary>
    long CommittedSequence { get; }

    /// <summary>False when the last commit was written by an older text analysis than this version's: catch-up rebuilds the index.</summary>
    bool AnalysisIsCurrent { get; }

    /// <summary>The change sequence the index reflects including pending writes (<see cref="MarkApplied"/> since the last commit).</summary>
    long AppliedSequence { get; }

    /// <summary>Commits and lets go of the index's write lock, so another process can write.</summary>
    void ReleaseWriter();

    /// <summary>Empties the index (commits at once); <c>reindex</c> then rebuilds it from the article store.</summary>
    void DeleteAll();

    /// <summary>Every indexed article (metadata, paragraphs, hash): rebuilds a store that predates it.</summary>
    IEnumerable<IndexedArticle> AllArticles();

    IndexedArticle? GetArticle(string articleId);

    /// <summary>How many passages each indexed article has, by article id (committed articles; no text is read).</summary>
    IReadOnlyDictionary<string, int> PassageCounts();

    /// <summary>The id of an indexed article with exactly this normalised-content hash, if any.</summary>
    string? FindArticleIdByContentHash(string contentHash);

    Passage? GetPassage(string passageId);

    IReadOnlyList<Passage> GetPassages(string articleId);

    IReadOnlyList<PassageHit> Search(SearchRequest request);

    /// <summary>Articles whose publish time (or, when unknown, ingest time) lies in [from, to).</summary>
    IReadOnlyList<Article> GetArticlesInWindow(DateTimeOffset from, DateTimeOffset to);

    int ArticleCount { get; }

    int PassageCount { get; }
}
