using Briefing.Core.Ingestion;
using Briefing.Core.Search;
using Briefing.Core.Storage;

namespace Briefing.Core.Curation;

/// <summary>
/// What is indexed, for staff: a filtered listing, newest first, and one article with its text and passages. The
/// listing reads the article store's metadata (the system of record; no article text) and the index's passage
/// counts, one pass each, instead of loading every article, text and all, from the index twice.
/// </summary>
public sealed class ArticleCatalog(INewsIndex index, IArticleStore store, INearDuplicateDetector? nearDuplicates = null)
{
    /// <param name="limit">At most this many (the newest); null for all.</param>
    public IReadOnlyList<ArticleSummary> List(ArticleFilter filter, int? limit = null)
    {
        var chosen = store.Headers()
            .Where(filter.Matches)
            .OrderByDescending(ArticleFilter.WhenOf)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(limit ?? int.MaxValue)
            .ToList();
        if (chosen.Count == 0) return [];
        var passages = index.PassageCounts();
        return chosen.Select(a => new ArticleSummary(a.Id, a.Title, a.Source, a.Url, a.Published, a.Ingested, a.Language,
            passages.GetValueOrDefault(a.Id), AlsoReportedBy(a.Id))).ToList();
    }

    public ArticleSummary? Find(string articleId) => index.GetArticle(articleId) is { } stored ? Summarize(stored) : null;

    public ArticleDetails? Show(string articleId)
    {
        if (index.GetArticle(articleId) is not { } stored) return null;
        return new ArticleDetails(Summarize(stored), stored.Article.Origin, stored.Article.Paragraphs, index.GetPassages(articleId));
    }

    private ArticleSummary Summarize(IndexedArticle stored)
    {
        var article = stored.Article;
        return new ArticleSummary(article.Id, article.Title, article.Source, article.Url, article.Published, article.Ingested,
            article.Language, stored.PassageCount, AlsoReportedBy(article.Id));
    }

    private IReadOnlyList<string> AlsoReportedBy(string articleId) => nearDuplicates?.AlsoReportedBy(articleId) ?? [];
}
