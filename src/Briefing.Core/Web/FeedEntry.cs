using System.ServiceModel.Syndication;
using System.Xml;

namespace Briefing.Core.Web;

/// <summary>One RSS/Atom item reduced to what ingestion needs.</summary>
public sealed record FeedEntry
{
    private const string ContentModuleNamespace = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>What identifies the item across polls: its guid/id, else its link, else its title.</summary>
    public required string Key { get; init; }
    public required string Title { get; init; }
    public Uri? Link { get; init; }
    public DateTimeOffset? Published { get; init; }
    /// <summary>Paragraphs of the item's full content (content:encoded or Atom content); empty when it has none.</summary>
    public required IReadOnlyList<string> ContentParagraphs { get; init; }
    public required IReadOnlyList<string> SummaryParagraphs { get; init; }

    public static FeedEntry From(SyndicationItem item, Uri feedUrl)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        var linkUrl = link is null ? null : ResolveHttp(link.Uri, link.BaseUri ?? item.BaseUri ?? feedUrl);
        if (linkUrl is null && Uri.TryCreate(item.Id, UriKind.Absolute, out var idUrl) && WebUrls.IsHttpUrl(idUrl.AbsoluteUri))
            linkUrl = idUrl; // RSS guid isPermaLink="true" is the link.
        var title = HtmlFragment.Text(item.Title?.Text);
        var content = item.Content is TextSyndicationContent text ? text.Text : EncodedContent(item);
        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
        return new FeedEntry
        {
            Key = FirstNonEmpty(item.Id, linkUrl?.AbsoluteUri, title) ?? "",
            Title = title,
            Link = linkUrl is null ? null : WebUrls.WithoutFragment(linkUrl),
            Published = published,
            ContentParagraphs = HtmlFragment.Paragraphs(content),
            SummaryParagraphs = HtmlFragment.Paragraphs(item.Summary?.Text),
        };
    }

    /// <summary>Whether the feed carries the article itself rather than a teaser: a few paragraphs or a page of text.</summary>
    public bool HasFullContent => ContentParagraphs.Count >= 3 || ContentParagraphs.Sum(p => p.Length) >= 600;

    private static string? EncodedContent(SyndicationItem item)
    {
        try
        {
            return item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentModuleNamespace).FirstOrDefault();
        }
        catch (Exception ex) when (ex is XmlException or System.Runtime.Serialization.SerializationException)
        {
            return null;
        }
    }

    private static Uri? ResolveHttp(Uri uri, Uri baseUri)
    {
        var absolute = uri.IsAbsoluteUri ? uri : Uri.TryCreate(baseUri, uri, out var resolved) ? resolved : null;
        return absolute is not null && WebUrls.IsHttpUrl(absolute.AbsoluteUri) ? absolute : null;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
