namespace Briefing.Core.Web;

/// <summary>The outcome of one guarded fetch: a body, "not modified", or the reason it failed.</summary>
public sealed record WebFetchResult
{
    /// <summary>The URL after redirects.</summary>
    public required Uri Url { get; init; }
    public byte[]? Body { get; init; }
    /// <summary>Lower-case media type without parameters, e.g. "text/html"; null when the server sent none.</summary>
    public string? MediaType { get; init; }
    public string? Charset { get; init; }
    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    /// <summary>The server answered 304 to a conditional request.</summary>
    public bool NotModified { get; init; }
    public string? FailureReason { get; init; }

    /// <summary>The failure may pass by itself (timeout, unreachable, 5xx, 408, 429); worth trying again later.</summary>
    public bool Transient { get; init; }

    public bool Succeeded => FailureReason is null;

    public static WebFetchResult Failed(Uri url, string reason, bool transient = false) =>
        new() { Url = url, FailureReason = reason, Transient = transient };
}
