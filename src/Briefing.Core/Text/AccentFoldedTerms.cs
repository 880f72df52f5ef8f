namespace Briefing.Core.Text;

/// <summary>
/// A set of analysed terms compared with their accents folded (<see cref="WordNormalizer.Fold"/>): the asker types a
/// name without its diacritics ("Maiziere", "Tran") or with them, the article the other way ("Maizière", "Trần"). The
/// English analyser keeps every accent and the German one folds only some, so the two spellings are different terms.
/// The folded set is built on the first term the plain terms lack, as most questions' details are shown as written.
/// </summary>
public sealed partial class AccentFoldedTerms(IReadOnlySet<string> terms)
{
    private HashSet<string>? _folded;

    /// <summary>Whether one of the terms is <paramref name="term"/> once accents are folded on both sides.</summary>
    public bool Shows(string term)
    {
        _folded ??= terms.Select(WordNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        return _folded.Contains(WordNormalizer.Fold(term));
    }

    /// <summary>Whether <paramref name="text"/> has a letter beyond ASCII (an accent, an umlaut) that folding would change.</summary>
    public static bool HasAccents(string text) => text.Any(c => c > 127 && char.IsLetter(c));

    /// <summary>
    /// The text with its accented words folded ("Thomas de Maizière" → "Thomas de maiziere"), to be analysed again: the
    /// stemmer cuts an accented word otherwise than the typed one (German "maizière" stays, "maiziere" becomes "maizi"),
    /// so folding the analysed terms alone cannot bring the two together.
    /// </summary>
    public static string FoldedText(string text) =>
        AccentedWord().Replace(text, m => WordNormalizer.Fold(m.Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}*[^\x00-\x7F\P{L}]\p{L}*")]
    private static partial System.Text.RegularExpressions.Regex AccentedWord();

    /// <summary>Whether two analysed terms are one once accents are folded: a name's word read in place in a text.</summary>
    public static bool AreOne(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || string.Equals(WordNormalizer.Fold(a), WordNormalizer.Fold(b), StringComparison.Ordinal);
}
