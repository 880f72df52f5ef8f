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

    /// <param name="nounPlurals">Whether a capitalised German word in "-er" leads to its stem only where the "-er" plural allows it
    /// (<see cref="CanTakeErPlural"/>): for a word's synonyms, where a name read as a stranger's noun brings that noun's other words.</param>
    public static IEnumerable<string> Candidates(string word, string language, bool nounPlurals = false)
    {
        yield return word;
        var german = language == "de";
        foreach (var (suffix, replacement) in german ? German : English)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var stripped = word[..^suffix.Length] + replacement;
                if (nounPlurals && german && suffix == "er" && char.IsUpper(word[0]) && !CanTakeErPlural(stripped)) continue;
                yield return stripped;
                if (german && WithoutPluralUmlaut(stripped) is { } singular) yield return singular;
            }
        }
        // FreeDict lists some English verbs only in their past form ("proposed", not "propose").
        if (language != "de" && word.Length > 3 && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            yield return word.EndsWith('e') ? word + "d" : word + "ed";
    }

    /// <summary>
    /// Whether a German noun could be <paramref name="stem"/> with the plural "-er" ("Kinder" → "Kind", "Länder" →
    /// "Länd"/"Land"). That plural umlauts the stem's last vowel where it can ("Blatt" → "Blätter", "Holz" → "Hölzer",
    /// "Hof" → "Höfe"), and a stem in an unstressed "-er", "-el" or "-en" never takes it ("Feder" → "Federn"). So a
    /// capitalised "Blatter", "Holzer", "Hofer" or "Federer" is no form of a listed noun but a name: "Wie viele Titel
    /// hat Roger Federer 2004 geholt?" was read as "Feder" (quill) and searched as "Kiel".
    /// </summary>
    private static bool CanTakeErPlural(string stem)
    {
        if (stem.Length > 3 && (stem.EndsWith("er", StringComparison.OrdinalIgnoreCase) || stem.EndsWith("el", StringComparison.OrdinalIgnoreCase)
            || stem.EndsWith("en", StringComparison.OrdinalIgnoreCase))) return false;
        for (var i = stem.Length - 1; i >= 0; i--)
        {
            var vowel = char.ToLowerInvariant(stem[i]);
            if (!"aeiouyäöü".Contains(vowel)) continue;
            // "Häuser": the umlaut is written; "Deutsch", "Leute": "eu" and "äu" take none.
            if (vowel is 'a' or 'o') return false;
            if (vowel is 'u') return i > 0 && char.ToLowerInvariant(stem[i - 1]) is 'e' or 'ä';
            return true;
        }
        return true;
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
