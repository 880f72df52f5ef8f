using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Briefing.Core.Web;

/// <summary>Recognises and parses RSS 2.0 and Atom 1.0 documents (System.ServiceModel.Syndication).</summary>
public sealed class FeedDocument
{
    public required string Title { get; init; }
    public string? Language { get; init; }
    public required IReadOnlyList<SyndicationItem> Items { get; init; }

    /// <summary>A feed by media type, or an XML body whose root is rss, feed or rdf:RDF.</summary>
    public static bool LooksLikeFeed(string? mediaType, byte[] body)
    {
        if (mediaType is "application/rss+xml" or "application/atom+xml" or "application/rdf+xml" or "application/feed+xml") return true;
        if (mediaType is "text/html" or "application/xhtml+xml") return false;
        var head = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 2048)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith("<?xml", StringComparison.Ordinal))
        {
            var end = head.IndexOf("?>", StringComparison.Ordinal);
            head = end < 0 ? "" : head[(end + 2)..];
        }
        while (head.TrimStart().StartsWith("<!--", StringComparison.Ordinal) && head.IndexOf("-->", StringComparison.Ordinal) is var close and >= 0)
            head = head[(close + 3)..];
        head = head.TrimStart();
        return head.StartsWith("<rss", StringComparison.Ordinal) || head.StartsWith("<feed", StringComparison.Ordinal)
               || head.StartsWith("<rdf:RDF", StringComparison.Ordinal);
    }

    /// <summary>The parsed feed, or the reason it is not a readable RSS 2.0/Atom document.</summary>
    public static (FeedDocument? Feed, string? Error) Parse(byte[] body)
    {
        var settings = new XmlReaderSettings
        {
            // No DTDs: entity expansion ("billion laughs") and external entities are attack surface, not news.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
        };
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = reader.LocalName == "feed" ? new Atom10FeedFormatter() : new Rss20FeedFormatter();
            if (!formatter.CanRead(reader))
                return (null, $"not an RSS 2.0 or Atom feed (root element <{reader.Name}>)");
            formatter.DateTimeParser = LenientDate;
            formatter.ReadFrom(reader);
            var feed = formatter.Feed;
            return (new FeedDocument
            {
                Title = HtmlFragment.Text(feed.Title?.Text),
                Language = feed.Language,
                Items = feed.Items.ToList(),
            }, null);
        }
        catch (XmlException ex)
        {
            return (null, $"broken feed: {ex.Message}");
        }
    }

    // Feeds in the wild carry dates like "Fri, 27 Nov 2026 08:00:00 CET"; an unreadable date is no reason to drop the item.
    private static bool LenientDate(XmlDateTimeData data, out DateTimeOffset date)
    {
        var text = data.DateTimeString?.Trim() ?? "";
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date)) return true;
        var lastSpace = text.LastIndexOf(' ');
        if (lastSpace > 0 && DateTimeOffset.TryParse(text[..lastSpace], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date)) return true;
        date = default;
        return true;
    }
}
