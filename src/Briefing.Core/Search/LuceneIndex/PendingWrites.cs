using System.Diagnostics.CodeAnalysis;
using Briefing.Core.Articles;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// Articles written since the last commit. Lucene's searchers only see committed data; this lets
/// duplicate and unchanged checks within one ingest batch see what the batch already wrote.
/// </summary>
internal sealed class PendingWrites
{
    private readonly Dictionary<string, (IndexedArticle Article, IReadOnlyList<Passage> Passages)> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idByHash = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deleted = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Upsert(IndexedArticle article, IReadOnlyList<Passage> passages)
    {
        lock (_lock)
        {
            _deleted.Remove(article.Article.Id);
            _byId[article.Article.Id] = (article, passages);
            _idByHash[article.ContentHash] = article.Article.Id;
        }
    }

    public void Delete(string articleId)
    {
        lock (_lock)
        {
            if (_byId.Remove(articleId, out var removed)) _idByHash.Remove(removed.Article.ContentHash);
            _deleted.Add(articleId);
        }
    }

    /// <summary>True when the pending writes know the answer (the article, or that it was deleted).</summary>
    public bool TryGetArticle(string id, out IndexedArticle? article)
    {
        lock (_lock)
        {
            article = _byId.TryGetValue(id, out var entry) ? entry.Article : null;
            return article is not null || _deleted.Contains(id);
        }
    }

    public bool TryGetPassages(string id, [NotNullWhen(true)] out IReadOnlyList<Passage>? passages)
    {
        lock (_lock)
        {
            passages = _byId.TryGetValue(id, out var entry) ? entry.Passages : _deleted.Contains(id) ? [] : null;
            return passages is not null;
        }
    }

    public bool TryFindByHash(string hash, [NotNullWhen(true)] out string? id)
    {
        lock (_lock) return _idByHash.TryGetValue(hash, out id);
    }

    public void Clear()
    {
        lock (_lock)
        {
            _byId.Clear();
            _idByHash.Clear();
            _deleted.Clear();
        }
    }
}
