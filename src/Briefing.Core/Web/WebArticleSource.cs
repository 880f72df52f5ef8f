using System.Runtime.CompilerServices;
using Briefing.Core.Articles;

namespace Briefing.Core.Web;

/// <summary>
/// Reads http(s) inputs: an article page becomes one article, an RSS/Atom feed one article per new item.
/// Every failure (refused address, timeout, oversized body, wrong content type, broken feed) is a rejection
/// with a reason, never an exception.
/// </summary>
public sealed class WebArticleSource(WebFetcher fetcher, WebPageReader pageReader, FeedItemsReader feedReader, IFeedStateStore feedState)
    : IRemoteArticleSource
{
    public bool CanHandle(string input) => WebUrls.IsHttpUrl(input);

    public async IAsyncEnumerable<ArticleReadResult> ReadAsync(string input, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(input.Trim(), UriKind.Absolute, out var url) || !WebUrls.IsHttpUrl(url.AbsoluteUri))
        {
            yield return ArticleReadResult.Rejected(input, "not an http or https URL");
            yield break;
        }
        // Only feeds have stored validators; a page URL never sends a conditional request.
        var fetched = await fetcher.FetchAsync(url, feedState.GetValidators(url.AbsoluteUri), cancellationToken).ConfigureAwait(false);
        if (!fetched.Succeeded)
        {
            yield return ArticleReadResult.Rejected(input, fetched.FailureReason!);
            yield break;
        }
        if (fetched.NotModified) yield break; // the feed has not changed since the last poll

        if (FeedDocument.LooksLikeFeed(fetched.MediaType, fetched.Body!))
        {
            await foreach (var result in feedReader.ReadAsync(input, url, fetched, cancellationToken).ConfigureAwait(false))
                yield return result;
            yield break;
        }
        yield return pageReader.Parse(input, fetched);
    }
}
