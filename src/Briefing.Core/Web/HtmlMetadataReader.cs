using System.Globalization;
using AngleSharp.Html.Dom;

namespace Briefing.Core.Web;

/// <summary>Reads <see cref="HtmlMetadata"/> from a parsed page with AngleSharp.</summary>
internal static class HtmlMetadataReader
{
    public static HtmlMetadata Read(IHtmlDocument document, Uri? pageUrl)
    {
        var jsonLd = document.QuerySelectorAll("script[type='application/ld+json']")
            .Select(script => JsonLdArticle.Find(script.TextContent))
            .FirstOrDefault(found => found is not null);
        var h1 = HtmlText.Normalize(document.QuerySelector("article h1, main h1, h1")?.TextContent);
        return new HtmlMetadata
        {
            Headline = FirstNonEmpty(jsonLd?.Headline, Meta(document, "og:title"), h1, document.Title),
            Published = ParseDate(jsonLd?.DatePublished)
                        ?? ParseDate(Meta(document, "article:published_time"))
                        ?? ParseDate(document.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime")),
            Author = FirstNonEmpty(jsonLd?.Author, Meta(document, "author"), Meta(document, "article:author")),
            Language = TwoLetter(document.DocumentElement.GetAttribute("lang"))
                       ?? TwoLetter(jsonLd?.InLanguage) ?? TwoLetter(Meta(document, "og:locale")),
            CanonicalUrl = AbsoluteHttpUrl(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), pageUrl)
                           ?? AbsoluteHttpUrl(Meta(document, "og:url"), pageUrl),
            SiteName = Meta(document, "og:site_name"),
            ArticleBody = jsonLd?.ArticleBody,
        };
    }

    private static string? Meta(IHtmlDocument document, string name)
    {
        var value = document.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content");
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static string? FirstNonEmpty(params string?[] values) =>
        values.Select(HtmlText.Normalize).FirstOrDefault(v => v.Length > 0) is { Length: > 0 } found ? found : null;

    internal static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    private static string? TwoLetter(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var primary = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length == 2 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static Uri? AbsoluteHttpUrl(string? href, Uri? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        Uri? url = Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) ? absolute
            : pageUrl is not null && Uri.TryCreate(pageUrl, href.Trim(), out var relative) ? relative : null;
        if (url is null || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)) return null;
        return WebUrls.WithoutFragment(url);
    }
}
