namespace Briefing.Core.Digests;

/// <summary>One distinct report of a story, with the outlets that republished the same text.</summary>
public sealed record DigestSource(
    string ArticleId,
    string Title,
    string? Source,
    string? Url,
    DateTimeOffset? Published,
    IReadOnlyList<string> AlsoReportedBy);
