namespace Briefing.Core.Search;

/// <summary>The article metadata a passage hit carries, enough to render a citation without another lookup.</summary>
public sealed record ArticleInfo(
    string Id,
    string Title,
    string? Source,
    string? Url,
    DateTimeOffset? Published,
    string Language);
