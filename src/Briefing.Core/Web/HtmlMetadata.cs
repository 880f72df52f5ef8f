namespace Briefing.Core.Web;

/// <summary>What a page says about itself in its head: Open Graph, article:*, JSON-LD NewsArticle, lang, canonical.</summary>
public sealed record HtmlMetadata
{
    /// <summary>JSON-LD headline, else og:title, else the first h1, else &lt;title&gt;.</summary>
    public string? Headline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Author { get; init; }
    /// <summary>Two-letter code from &lt;html lang&gt;, JSON-LD inLanguage or og:locale.</summary>
    public string? Language { get; init; }
    /// <summary>Absolute http(s) canonical URL (link rel=canonical, else og:url), without fragment.</summary>
    public Uri? CanonicalUrl { get; init; }
    public string? SiteName { get; init; }
    /// <summary>The JSON-LD articleBody, a fallback when the page's markup yields no text.</summary>
    public string? ArticleBody { get; init; }
}
