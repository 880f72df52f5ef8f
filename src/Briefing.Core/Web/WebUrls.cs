namespace Briefing.Core.Web;

/// <summary>URL helpers shared by the page and feed readers.</summary>
public static class WebUrls
{
    private static readonly string[] TrackingParameters = ["utm_", "fbclid", "gclid", "mc_cid", "mc_eid"];

    public static bool IsHttpUrl(string input) =>
        Uri.TryCreate(input.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>
    /// The URL as an article id: without fragment (a place in the page) and without campaign tracking parameters
    /// (utm_*, fbclid, ...), which name the same article reached through different links.
    /// </summary>
    public static Uri WithoutFragment(Uri url)
    {
        var builder = new UriBuilder(url) { Fragment = "" };
        if (builder.Query.Length > 1)
        {
            var kept = builder.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(pair => !TrackingParameters.Any(t => pair.StartsWith(t, StringComparison.OrdinalIgnoreCase)));
            builder.Query = string.Join("&", kept);
        }
        return builder.Uri;
    }
}
