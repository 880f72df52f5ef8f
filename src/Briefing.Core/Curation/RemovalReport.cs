namespace Briefing.Core.Curation;

/// <summary>What a removal did: the articles taken out, and the ids that named no indexed article.</summary>
public sealed record RemovalReport(IReadOnlyList<ArticleSummary> Removed, IReadOnlyList<string> NotFound);
