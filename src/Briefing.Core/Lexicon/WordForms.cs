namespace Briefing.Core.Lexicon;

/// <summary>
/// Dictionary look-up forms of a question word: the word itself, then simple inflection-stripped forms, for
/// words the dictionary lists only in their base form ("Teslas" → "Tesla", "studies" → "study"), then the English past form;
/// German plurals that take an umlaut ("Einkäufe" → "Einkauf") and feminine forms ("Sprinterin" → "Sprinter"), which
/// FreeDict lists for some words only ("Verträge", "Ministerin") — an unlisted one would otherwise pass for a name.
/// </summary>
internal static class WordForms
{
    /// <remarks>
    /// The form that keeps an "e" is tried first: "fined" is "fine" (Geldstrafe) before "fin" (Flosse), "fines"
    /// "fine" before "fin", "making" "make"; where the e-form is no word ("needed" → "neede") the next one is.
    /// </remarks>
    private static readonly (string Suffix, string Replacement)[] English =
        [("'s", ""), ("ies", "y"), ("ied", "y"), ("s", ""), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];

    /// <remarks>Nouns in -nis double their s before an ending ("Befugnisse", "Ereignissen", "Ergebnisses" → -nis).</remarks>
    private static readonly (string Suffix, string Replacement)[] German =
        [("s", ""), ("es", ""), ("en", ""), ("n", ""), ("e", ""), ("er", ""), ("em", ""), ("ern", ""), ("innen", ""), ("in", ""),
         ("nisse", "nis"), ("nissen", "nis"), ("nisses", "nis")];

    public static IEnumerable<string> Candidates(string word, string language)
    {
        yield return word;
        var german = language == "de";
        foreach (var (suffix, replacement) in german ? German : English)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var stripped = word[..^suffix.Length] + replacement;
                yield return stripped;
                if (german && WithoutPluralUmlaut(stripped) is { } singular) yield return singular;
            }
        }
        // FreeDict lists some English verbs only in their past form ("proposed", not "propose").
        if (language != "de" && word.Length > 3 && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            yield return word.EndsWith('e') ? word + "d" : word + "ed";
    }

    /// <summary>
    /// The form before a plural or feminine umlaut: the last stem vowel loses it ("Einkäuf" → "Einkauf", "Städt" →
    /// "Stadt", "Ärzt" → "Arzt"); null when the stem's last vowel has none.
    /// </summary>
    private static string? WithoutPluralUmlaut(string stem)
    {
        for (var i = stem.Length - 1; i >= 0; i--)
        {
            var plain = stem[i] switch { 'ä' => 'a', 'ö' => 'o', 'ü' => 'u', 'Ä' => 'A', 'Ö' => 'O', 'Ü' => 'U', _ => '\0' };
            if (plain != '\0') return string.Concat(stem.AsSpan(0, i), plain.ToString(), stem.AsSpan(i + 1));
            if ("aeiouyAEIOUY".Contains(stem[i]) && !(stem[i] is 'u' && i > 0 && stem[i - 1] is 'ä' or 'Ä')) return null;
        }
        return null;
    }
}
