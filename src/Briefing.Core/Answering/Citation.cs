namespace Briefing.Core.Answering;

/// <summary>One numbered source of an answer; <see cref="Quote"/> is verbatim article text.</summary>
public sealed record Citation(
    int N,
    string ArticleId,
    string Title,
    string? Source,
    string? Url,
    DateTimeOffset? Published,
    string PassageId,
    string Quote);
