namespace Briefing.Core.Storage;

/// <summary>A stored article's metadata without its text: what listings read, cheaply, for every article.</summary>
public sealed record ArticleHeader(
    string Id,
    string Title,
    string? Source,
    string? Url,
    DateTimeOffset? Published,
    DateTimeOffset? Ingested,
    string Language);
