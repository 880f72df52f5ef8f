using System.Runtime.CompilerServices;
using Briefing.Core.Articles;
using Briefing.Core.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Web;

/// <summary>
/// Turns a fetched feed into articles: each item not seen before becomes an article from the feed's own full
/// content, else from its linked page, else from its summary. Items are remembered once the consumer has taken
/// them; the feed's validators are stored only when no item has to be tried again (its page timed out or the
/// server failed), so a 304 never hides one. A page that is gone (404) or refused is not retried.
/// </summary>
public sealed class FeedItemsReader(
    WebPageReader pageReader,
    IFeedStateStore feedState,
    IOptions<WebIngestionOptions> options,
    ILogger<FeedItemsReader> logger)
{
    public async IAsyncEnumerable<ArticleReadResult> ReadAsync(
        string input, Uri feedUrl, WebFetchResult fetched, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (feed, error) = FeedDocument.Parse(fetched.Body!);
        if (feed is null)
        {
            yield return ArticleReadResult.Rejected(input, error!);
            yield break;
        }
        var feedKey = feedUrl.AbsoluteUri;
        var items = feed.Items;
        var maxItems = options.Value.MaxFeedItems;
        if (items.Count > maxItems)
        {
            yield return ArticleReadResult.Rejected(input,
                $"the feed has {items.Count} items; only the first {maxItems} were read ({WebIngestionOptions.SectionName}:MaxFeedItems)");
            items = items.Take(maxItems).ToList();
        }

        var retryLater = false;
        for (var i = 0; i < items.Count; i++)
        {
            var entry = FeedEntry.From(items[i], fetched.Url);
            if (entry.Key.Length > 0 && feedState.IsSeen(feedKey, entry.Key)) continue;
            var itemInput = entry.Link?.AbsoluteUri ?? $"{input} (item {i + 1})";
            var (result, transient) = await ReadEntryAsync(itemInput, entry, feed, fetched.Url, cancellationToken).ConfigureAwait(false);
            yield return result;
            // Reached only when the consumer asks for the next item, i.e. after it has ingested this one.
            if (transient) retryLater = true;
            else if (entry.Key.Length > 0) feedState.MarkSeen(feedKey, entry.Key);
        }
        if (!retryLater) feedState.SaveValidators(feedKey, new WebValidators(fetched.ETag, fetched.LastModified));
        logger.LogInformation("Read feed {Feed}: {Items} items", feedKey, items.Count);
    }

    private async Task<(ArticleReadResult Result, bool Transient)> ReadEntryAsync(
        string input, FeedEntry entry, FeedDocument feed, Uri feedUrl, CancellationToken cancellationToken)
    {
        if (entry.HasFullContent) return (FromFeed(input, entry, entry.ContentParagraphs, feed, feedUrl), false);
        if (entry.Link is { } link)
        {
            var (page, transient) = await pageReader.ReadAsync(input, link, cancellationToken).ConfigureAwait(false);
            if (page.Article is { } article)
            {
                // The feed's title and date are the publisher's own; the page's may be missing or generic.
                return (page with
                {
                    Article = article with
                    {
                        Title = entry.Title.Length > 0 ? entry.Title : article.Title,
                        Published = article.Published ?? entry.Published,
                        Source = article.Source ?? NonEmpty(feed.Title),
                    },
                }, false);
            }
            var teaser = entry.ContentParagraphs.Count > 0 ? entry.ContentParagraphs : entry.SummaryParagraphs;
            // A page that is gone or refused stays so; only a passing failure keeps the item for the next poll.
            if (teaser.Count == 0) return (page, transient);
            logger.LogInformation("Using the feed's summary for {Input}: {Reason}", input, page.RejectionReason);
            return (FromFeed(input, entry, teaser, feed, feedUrl), false);
        }
        var text = entry.ContentParagraphs.Count > 0 ? entry.ContentParagraphs : entry.SummaryParagraphs;
        return text.Count > 0
            ? (FromFeed(input, entry, text, feed, feedUrl), false)
            : (ArticleReadResult.Rejected(input, "the feed item has neither text nor a link"), false);
    }

    private static ArticleReadResult FromFeed(string input, FeedEntry entry, IReadOnlyList<string> paragraphs, FeedDocument feed, Uri feedUrl)
    {
        var id = entry.Link?.AbsoluteUri ?? $"{WebUrls.WithoutFragment(feedUrl).AbsoluteUri}#{entry.Key}";
        var title = entry.Title.Length > 0 ? entry.Title : paragraphs[0];
        return ArticleReadResult.Ok(input, new Article
        {
            Id = id,
            Title = title,
            Source = NonEmpty(feed.Title) ?? feedUrl.Host,
            Url = entry.Link?.AbsoluteUri,
            Published = entry.Published,
            Language = TwoLetter(feed.Language) ?? LanguageDetector.Detect(string.Join("\n", paragraphs.Prepend(title))),
            Paragraphs = paragraphs.Count > 1 ? paragraphs.Where(p => p != title).ToList() : paragraphs,
            Origin = input,
        });
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string? TwoLetter(string? code) =>
        code?.Split('-', '_')[0].Trim().ToLowerInvariant() is { Length: 2 } primary ? primary : null;
}
