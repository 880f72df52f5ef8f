namespace Briefing.Core.Digests.Summaries;

/// <summary>A summary with <c>[n]</c> markers and the citations they refer to.</summary>
/// <param name="Generator">Who wrote it ("extractive" or the model), when the writer knows better than its <see cref="IStorySummaryWriter.Name"/>.</param>
public sealed record StorySummary(string Text, IReadOnlyList<DigestCitation> Citations, string? Generator = null);
