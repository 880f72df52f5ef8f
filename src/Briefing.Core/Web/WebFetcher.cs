using System.Net;
using System.Net.Http.Headers;
using Briefing.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Web;

/// <summary>
/// Fetches one URL under the safety rules: http(s) only, redirects followed by hand (each hop re-checked, at most
/// <see cref="WebIngestionOptions.MaxRedirects"/>, loops detected), a content-type check before the body is read,
/// a body cap of <c>Briefing:MaxInputBytes</c>, and one deadline for the whole fetch. Never throws for a bad
/// server: every failure becomes a <see cref="WebFetchResult.FailureReason"/>.
/// </summary>
public sealed class WebFetcher(
    IHttpClientFactory clientFactory,
    IOptions<WebIngestionOptions> options,
    IOptions<BriefingOptions> briefingOptions,
    TimeProvider timeProvider,
    ILogger<WebFetcher> logger)
{
    public const string HttpClientName = "Briefing.Web";

    private static readonly HashSet<string> AcceptedMediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/html", "application/xhtml+xml", "application/rss+xml", "application/atom+xml",
        "application/rdf+xml", "application/xml", "text/xml", "application/feed+xml",
    };

    public async Task<WebFetchResult> FetchAsync(Uri url, WebValidators? validators, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var deadline = new CancellationTokenSource(settings.RequestTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await FollowRedirectsAsync(url, validators, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return WebFetchResult.Failed(url, $"no complete answer within {settings.RequestTimeout} ({WebIngestionOptions.SectionName}:RequestTimeout)", transient: true);
        }
        catch (HttpRequestException ex) when (BlockedAddressException.FindIn(ex) is { } blocked)
        {
            // Debug only: ingestion logs every rejection with its reason already.
            logger.LogDebug("Refused {Url}: {Reason}", url, blocked.Message);
            return WebFetchResult.Failed(url, $"refused: {blocked.Message}");
        }
        catch (HttpRequestException ex)
        {
            logger.LogDebug(ex, "Fetching {Url} failed", url);
            return WebFetchResult.Failed(url, $"unreachable: {ex.Message}", transient: true);
        }
    }

    private async Task<WebFetchResult> FollowRedirectsAsync(Uri url, WebValidators? validators, CancellationToken cancellationToken)
    {
        var client = clientFactory.CreateClient(HttpClientName);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                return WebFetchResult.Failed(current, $"only http and https URLs are fetched, not {current.Scheme}:");
            if (!visited.Add(current.AbsoluteUri))
                return WebFetchResult.Failed(url, $"redirect loop: {current} was reached twice");

            using var request = CreateRequest(current, validators);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode))
            {
                if (response.Headers.Location is not { } location)
                    return WebFetchResult.Failed(current, $"the server answered {(int)response.StatusCode} without a Location header");
                if (hop >= options.Value.MaxRedirects)
                    return WebFetchResult.Failed(url, $"more than {options.Value.MaxRedirects} redirects ({WebIngestionOptions.SectionName}:MaxRedirects)");
                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                continue;
            }
            return await ReadResponseAsync(current, response, cancellationToken).ConfigureAwait(false);
        }
    }

    private HttpRequestMessage CreateRequest(Uri url, WebValidators? validators)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(options.Value.UserAgent);
        request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1");
        if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
        if (validators?.LastModified is { } modified) request.Headers.IfModifiedSince = modified;
        return request;
    }

    private async Task<WebFetchResult> ReadResponseAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
            return new WebFetchResult { Url = url, NotModified = true, ETag = response.Headers.ETag?.ToString(), LastModified = response.Content.Headers.LastModified };
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            return WebFetchResult.Failed(url, $"the server answered {status} {response.ReasonPhrase}".TrimEnd(),
                transient: status >= 500 || status is 408 or 429);
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
        if (mediaType is not null && !AcceptedMediaTypes.Contains(mediaType))
            return WebFetchResult.Failed(url, $"content type {mediaType} is neither a web page nor a feed");

        var maxBytes = briefingOptions.Value.MaxInputBytes;
        if (response.Content.Headers.ContentLength is { } length && length > maxBytes)
            return WebFetchResult.Failed(url, $"the body is {length} bytes, more than {BriefingOptions.SectionName}:MaxInputBytes ({maxBytes})");
        var body = await BoundedBodyReader.ReadAsync(response.Content, maxBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
            return WebFetchResult.Failed(url, $"the body exceeds {BriefingOptions.SectionName}:MaxInputBytes ({maxBytes} bytes); download stopped");

        return new WebFetchResult
        {
            Url = url,
            Body = body,
            MediaType = mediaType,
            Charset = response.Content.Headers.ContentType?.CharSet,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified,
        };
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
