namespace Briefing.Core.Lexicon;

/// <summary>
/// Dictionary look-up forms of a question word: the word itself, then simple inflection-stripped forms, for
/// words the dictionary lists only in their base form ("Teslas" → "Tesla", "studies" → "study"), then the English past form.
/// </summary>
internal static class WordForms
{
    /// <remarks>
    /// The form that keeps an "e" is tried first: "fined" is "fine" (Geldstrafe) before "fin" (Flosse), "fines"
    /// "fine" before "fin", "making" "make"; where the e-form is no word ("needed" → "neede") the next one is.
    /// </remarks>
    private static readonly (string Suffix, string Replacement)[] English =
        [("'s", ""), ("ies", "y"), ("ied", "y"), ("s", ""), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];

    private static readonly (string Suffix, string Replacement)[] German =
        [("s", ""), ("es", ""), ("en", ""), ("n", ""), ("e", ""), ("er", ""), ("em", ""), ("ern", "")];

    public static IEnumerable<string> Candidates(string word, string language)
    {
        yield return word;
        foreach (var (suffix, replacement) in language == "de" ? German : English)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                yield return word[..^suffix.Length] + replacement;
        }
        // FreeDict lists some English verbs only in their past form ("proposed", not "propose").
        if (language != "de" && word.Length > 3 && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            yield return word.EndsWith('e') ? word + "d" : word + "ed";
    }
}
