namespace Briefing.Core.Digests.Summaries;

/// <summary>A summary with <c>[n]</c> markers and the citations they refer to.</summary>
public sealed record StorySummary(string Text, IReadOnlyList<DigestCitation> Citations);
