namespace Briefing.Core.Lexicon;

/// <summary>
/// Dictionary look-up forms of a question word: the word itself, then simple inflection-stripped forms, for
/// words the dictionary lists only in their base form ("Teslas" → "Tesla", "studies" → "study"), then the English past form.
/// </summary>
internal static class WordForms
{
    private static readonly (string Suffix, string Replacement)[] English =
        [("'s", ""), ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")];

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
