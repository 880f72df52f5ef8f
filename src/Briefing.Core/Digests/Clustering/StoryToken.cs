namespace Briefing.Core.Digests.Clustering;

/// <summary>One word of an article as the clusterer sees it.</summary>
/// <param name="Surface">The word folded to lower case without diacritics (for shingles).</param>
/// <param name="Key">The comparison key: <see cref="Surface"/> lightly stemmed so that "Merkels"/"Merkel's"/"Merkel" and "euros"/"Euro" meet across languages.</param>
/// <param name="IsNameLike">A number, an acronym or a capitalised word inside a sentence: the language-neutral anchors of an event.</param>
/// <param name="IsStopWord">A German or English function word: kept for shingles, ignored for similarity.</param>
/// <param name="StartsEntity">The first of a run of adjacent name-like words ("French President Emmanuel Macron" is one run): runs count entities, not words.</param>
/// <param name="Lower">The word in lower case with its diacritics (for dictionary look-ups).</param>
internal readonly record struct StoryToken(string Surface, string Key, bool IsNameLike, bool IsStopWord, bool StartsEntity = false, string? Lower = null);
