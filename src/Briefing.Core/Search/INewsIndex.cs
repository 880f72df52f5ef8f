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

    void Delete(string articleId);

    /// <summary>Makes pending writes durable and visible.</summary>
    void Commit();

    IndexedArticle? GetArticle(string articleId);

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
