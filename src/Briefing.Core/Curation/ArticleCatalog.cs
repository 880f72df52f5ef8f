using Briefing.Core.Ingestion;
using Briefing.Core.Search;

namespace Briefing.Core.Curation;

/// <summary>What is indexed, for staff: a filtered listing, newest first, and one article with its text and passages.</summary>
public sealed class ArticleCatalog(INewsIndex index, INearDuplicateDetector? nearDuplicates = null)
{
    private readonly INearDuplicateDetector? _nearDuplicates = nearDuplicates;

    /// <param name="limit">At most this many (the newest); null for all.</param>
    public IReadOnlyList<ArticleSummary> List(ArticleFilter filter, int? limit = null) =>
        index.GetArticlesInWindow(filter.Since ?? DateTimeOffset.MinValue, filter.Until ?? DateTimeOffset.MaxValue)
            .Where(filter.Matches)
            .OrderByDescending(a => a.Published ?? a.Ingested)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(limit ?? int.MaxValue)
            .Select(a => index.GetArticle(a.Id))
            .OfType<IndexedArticle>()
            .Select(Summarize)
            .ToList();

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
            article.Language, stored.PassageCount, _nearDuplicates?.AlsoReportedBy(article.Id) ?? []);
    }
}
