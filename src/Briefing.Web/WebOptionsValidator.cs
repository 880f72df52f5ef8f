using System.Net;
using Microsoft.Extensions.Options;

namespace Briefing.Web;

/// <summary>Checks <c>Web:Urls</c> and <c>Web:OtlpEndpoint</c> at start-up; each message names its key.</summary>
internal sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        var failures = new List<string>();
        if (options.UrlList.Count == 0) failures.Add("Web:Urls is empty; give e.g. http://127.0.0.1:5080.");
        foreach (var url in options.UrlList)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "http")
                failures.Add($"Web:Urls entry '{url}' is not an http:// URL (terminate TLS in a reverse proxy).");
            else if (!options.AllowRemote && !IsLoopback(uri.Host))
                failures.Add($"Web:Urls entry '{url}' is not a loopback address; the lab has no login, so set Web:AllowRemote=true to listen there on purpose.");
        }
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint) && !Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out _))
            failures.Add($"Web:OtlpEndpoint '{options.OtlpEndpoint}' is not an absolute URL.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsLoopback(string host) =>
        host is "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
