using Briefing.Core.Ingestion;
using Briefing.Core.Search;
using Briefing.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Briefing.Core.Curation;

/// <summary>
/// The one way articles leave: the CLI, the bot's <c>/remove</c> and retention all come here. A removal is complete —
/// every <see cref="IArticleRemovalListener"/> forgets the article (near-duplicate signatures and "also reported by",
/// stored answers' quotes, vectors), a tombstone keeps schedules from bringing the same text back, and only then does
/// the article leave the index, so a removal that fails half-way can simply be run again.
/// </summary>
public sealed class ArticleRemover(
    IArticleStore store,
    INewsIndex index,
    IngestionService ingestion,
    ArticleCatalog catalog,
    IArticleTombstoneStore tombstones,
    IndexCatchUp catchUp,
    IEnumerable<IArticleRemovalListener> listeners,
    ILogger<ArticleRemover> logger)
{
    /// <param name="reason">Why, for the log and the tombstone ("staff", "retention").</param>
    public Task<RemovalReport> RemoveAsync(IReadOnlyCollection<string> articleIds, string reason, CancellationToken cancellationToken) =>
        // Removal writes the index, so it waits for a running ingest to finish rather than interleave with it.
        ingestion.WriteExclusiveAsync(() => Remove(articleIds, reason), cancellationToken);

    /// <summary>Articles published (or, when unknown, ingested) before <paramref name="cutoff"/>: retention and <c>articles remove --before</c>.</summary>
    public async Task<RemovalReport> RemoveOlderThanAsync(DateTimeOffset cutoff, string reason, CancellationToken cancellationToken)
    {
        var expired = catalog.List(new ArticleFilter { Until = cutoff }).Select(a => a.Id).ToList();
        return await RemoveAsync(expired, reason, cancellationToken);
    }

    private RemovalReport Remove(IReadOnlyCollection<string> articleIds, string reason)
    {
        var found = new List<IndexedArticle>();
        var notFound = new List<string>();
        foreach (var id in articleIds.Distinct(StringComparer.Ordinal))
        {
            if (index.GetArticle(id) is { } stored) found.Add(stored);
            else notFound.Add(id);
        }
        if (found.Count == 0) return new RemovalReport([], notFound);

        var summaries = found.Select(a => catalog.Find(a.Article.Id)).OfType<ArticleSummary>().ToList();
        foreach (var listener in listeners) listener.OnArticlesRemoved(found);
        tombstones.Add(found, reason);
        foreach (var article in found)
        {
            // The article store first (the system of record: a reindex must not bring it back), then the derived index.
            var id = article.Article.Id;
            if (store.Remove(id) is { } sequence) catchUp.Follow(sequence, () => index.Delete(id));
            else index.Delete(id);
        }
        index.Commit();
        logger.LogInformation("Removed {Count} articles ({Reason}): {Ids}", found.Count, reason, string.Join(", ", found.Select(a => a.Article.Id)));
        return new RemovalReport(summaries, notFound);
    }
}
