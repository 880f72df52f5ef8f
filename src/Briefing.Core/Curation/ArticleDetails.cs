using Briefing.Core.Articles;

namespace Briefing.Core.Curation;

/// <summary>
/// An indexed article as it was kept (<c>articles show --json</c>): its metadata, the extracted text exactly as indexed
/// (title, then the body paragraphs) and the passages that questions are answered from.
/// </summary>
public sealed record ArticleDetails(ArticleSummary Article, string? Origin, IReadOnlyList<string> Paragraphs, IReadOnlyList<Passage> Passages)
{
    /// <summary>The title and the paragraphs, separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Paragraphs.Prepend(Article.Title));
}
