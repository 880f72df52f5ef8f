using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Briefing.Core.Web;

/// <summary>
/// Finds the article's own paragraphs: boilerplate removed first, then SmartReader (Mozilla Readability) picks
/// the main content; when it finds nothing, the article/main element (or JSON-LD articleBody) is used instead.
/// A lead paragraph that readability dropped (it often sits in the article header) is put back in front.
/// </summary>
internal static class HtmlMainTextExtractor
{
    private const string LeadSelector = "[itemprop='description'], .lead, .article-lead, .standfirst, .intro, .summary, article header p";

    public static IReadOnlyList<string> Extract(IHtmlDocument cleaned, Uri pageUrl, HtmlMetadata metadata)
    {
        var lead = HtmlText.Normalize(cleaned.QuerySelector(LeadSelector)?.TextContent);
        var paragraphs = Merge(FromReadability(cleaned, pageUrl), FromContainer(cleaned));
        if (paragraphs.Count == 0 && metadata.ArticleBody is { } body)
            paragraphs = body.Split('\n').Select(HtmlText.Normalize).Where(p => p.Length > 0).ToList();

        if (lead.Length > 0 && !paragraphs.Contains(lead)) paragraphs.Insert(0, lead);
        var headline = HtmlText.Normalize(metadata.Headline);
        paragraphs.RemoveAll(p => p == headline);
        return paragraphs;
    }

    /// <summary>
    /// Readability sometimes drops a real paragraph (short pages, a paragraph wrapping a table). When all it kept
    /// lies in the article container, the container's prose paragraphs it skipped are put back in reading order.
    /// </summary>
    private static List<string> Merge(List<string> fromReadability, List<string> fromContainer)
    {
        if (fromReadability.Count == 0) return fromContainer;
        var kept = fromReadability.ToHashSet(StringComparer.Ordinal);
        if (!kept.IsSubsetOf(fromContainer)) return fromReadability;
        return fromContainer.Where(block => kept.Contains(block) || LooksLikeProse(block)).ToList();
    }

    // A sentence or more of running text: long enough, several words, ends like a sentence.
    private static bool LooksLikeProse(string block) =>
        block.Length >= 60 && block.Count(char.IsWhiteSpace) >= 8
        && block.TrimEnd('"', '\'', '”', '“', '»', '«', ')') is { Length: > 0 } text && text[^1] is '.' or '!' or '?';

    private static List<string> FromReadability(IHtmlDocument cleaned, Uri pageUrl)
    {
        // SmartReader changes the document it reads, so it gets its own copy.
        var copy = new HtmlParser().ParseDocument(cleaned.DocumentElement.OuterHtml);
        using var reader = new SmartReader.Reader(pageUrl.AbsoluteUri, copy) { CharThreshold = 200 };
        var article = reader.GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content)) return [];
        var content = new HtmlParser().ParseDocument(article.Content);
        return content.Body is null ? [] : HtmlBlocks.Collect(content.Body);
    }

    private static List<string> FromContainer(IHtmlDocument cleaned)
    {
        var container = cleaned.QuerySelector("[itemprop='articleBody'], article, main, [role='main']") ?? cleaned.Body;
        return container is null ? [] : HtmlBlocks.Collect(container);
    }
}
