namespace Briefing.Core.Answering;

/// <summary>Consecutive name words of a sentence ("Carlos Samour", "Bank Austria", "Los Angeles") and what they name.</summary>
/// <param name="Words">The name words as written.</param>
/// <param name="Start">Index of the first word in the sentence.</param>
/// <param name="End">Index just after the last word.</param>
internal sealed record NameSpan(IReadOnlyList<string> Words, int Start, int End, NameKind Kind);
