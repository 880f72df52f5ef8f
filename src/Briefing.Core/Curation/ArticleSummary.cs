namespace Briefing.Core.Curation;

/// <summary>One indexed article as staff see it in a listing (<c>articles list --json</c>).</summary>
public sealed record ArticleSummary(
    string Id,
    string Title,
    string? Source,
    string? Url,
    DateTimeOffset? Published,
    DateTimeOffset? Ingested,
    string Language,
    int Passages,
    IReadOnlyList<string> AlsoReportedBy);
