using Briefing.Core.Search;

namespace Briefing.Core.Digests.Summaries;

/// <summary>
/// What a summary writer gets: the story's headline, the passages it may cite (leads of its distinct reports, with
/// their articles; cited as [1], [2], ... in this order), the language to write in and the most sentences allowed.
/// </summary>
public sealed record StorySummaryRequest(string Headline, string Language, IReadOnlyList<PassageHit> Passages, int MaxSentences);
