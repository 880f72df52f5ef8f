using Briefing.Core.Articles;

namespace Briefing.Core.Web;

/// <summary>Fetches an article page and extracts it with <see cref="HtmlArticleParser"/>.</summary>
public sealed class WebPageReader(WebFetcher fetcher, HtmlArticleParser htmlParser)
{
    /// <summary>The page as an article or a rejection; <c>Transient</c> when fetching failed in a way that may pass.</summary>
    public async Task<(ArticleReadResult Result, bool Transient)> ReadAsync(string input, Uri url, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(url, validators: null, cancellationToken).ConfigureAwait(false);
        return fetched.Succeeded ? (Parse(input, fetched), false) : (ArticleReadResult.Rejected(input, fetched.FailureReason!), fetched.Transient);
    }

    public ArticleReadResult Parse(string input, WebFetchResult fetched)
    {
        if (fetched.NotModified || fetched.Body is null) return ArticleReadResult.Rejected(input, "the server sent no page");
        if (fetched.MediaType is not (null or "text/html" or "application/xhtml+xml"))
            return ArticleReadResult.Rejected(input, $"content type {fetched.MediaType} is XML but not an RSS or Atom feed");
        if (WebPageDecoder.LooksBinary(fetched.Body))
            return ArticleReadResult.Rejected(input, $"the body is binary data, not a web page (served as {fetched.MediaType ?? "no content type"})");
        var html = WebPageDecoder.Decode(fetched.Body, fetched.Charset);
        return htmlParser.ParsePage(input, html, fetched.Url, WebUrls.WithoutFragment(fetched.Url).AbsoluteUri);
    }
}
