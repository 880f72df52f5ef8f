namespace Briefing.Core.Answering;

/// <summary>
/// Where a sentence's "die Firma", "the company" or "he" may have been named: the sentences of its passage before
/// the one right before it (that one and the next are its neighbours already). A passage of the article about the
/// question goes on about what it named first, often for several sentences, each referring back to the one before.
/// </summary>
internal static class PassageAntecedents
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    /// <summary>The terms of the passage's sentences before sentence <paramref name="index"/>'s neighbour; none for the first two.</summary>
    public static IReadOnlySet<string> Before(IReadOnlyList<IReadOnlySet<string>> sentenceTerms, int index) =>
        index < 2 ? None : sentenceTerms.Take(index - 1).SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
}
