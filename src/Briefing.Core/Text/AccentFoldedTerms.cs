namespace Briefing.Core.Text;

/// <summary>
/// A set of analysed terms compared with their accents folded (<see cref="WordNormalizer.Fold"/>): the asker types a
/// name without its diacritics ("Maiziere", "Tran") or with them, the article the other way ("Maizière", "Trần"). The
/// English analyser keeps every accent and the German one folds only some, so the two spellings are different terms.
/// The folded set is built on the first term the plain terms lack, as most questions' details are shown as written.
/// </summary>
public sealed class AccentFoldedTerms(IReadOnlySet<string> terms)
{
    private HashSet<string>? _folded;

    /// <summary>Whether one of the terms is <paramref name="term"/> once accents are folded on both sides.</summary>
    public bool Shows(string term)
    {
        _folded ??= terms.Select(WordNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        return _folded.Contains(WordNormalizer.Fold(term));
    }

    /// <summary>Whether two analysed terms are one once accents are folded: a name's word read in place in a text.</summary>
    public static bool AreOne(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || string.Equals(WordNormalizer.Fold(a), WordNormalizer.Fold(b), StringComparison.Ordinal);
}
