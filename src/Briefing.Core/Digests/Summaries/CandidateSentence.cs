using Briefing.Core.Articles;

namespace Briefing.Core.Digests.Summaries;

/// <summary>A sentence of a story's passage that might go into its summary.</summary>
internal sealed record CandidateSentence(Passage Passage, string Text, HashSet<string> Keys, double Score);
