using Briefing.Core.Articles;

namespace Briefing.Core.Digests.Summaries;

/// <summary>What a summary writer gets: the story's headline, the passages it may cite (leads of its distinct reports), the language to write in.</summary>
public sealed record StorySummaryRequest(string Headline, string Language, IReadOnlyList<Passage> Passages, int MaxSentences);
