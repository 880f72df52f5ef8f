using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Core.Llm;

/// <summary>
/// The words and numbers a claim rests on, normalised so that a claim and a passage can be compared:
/// lower case, umlauts folded, function words dropped, numbers with their thousands separators removed.
/// </summary>
public static partial class ContentTokens
{
    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        // English
        "the", "and", "are", "was", "were", "for", "with", "that", "this", "from", "has", "have", "had", "been", "will",
        "would", "can", "could", "should", "about", "not", "but", "they", "their", "them", "his", "her", "its", "said",
        "says", "there", "than", "into", "after", "before", "over", "more", "also", "which", "who", "whom", "what",
        "when", "where", "why", "how", "other", "some", "such", "these", "those", "according", "articles", "article",
        "reported", "reports", "report", "passage", "passages", "while", "during", "under", "because", "however",
        // German
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "einem", "einer", "den", "dem", "des", "mit",
        "von", "zum", "zur", "auf", "für", "fuer", "auch", "sich", "wie", "was", "wer", "wann", "warum", "welche",
        "welcher", "welches", "wurde", "wurden", "wird", "werden", "hat", "haben", "sind", "war", "waren", "bei", "nach",
        "aus", "über", "ueber", "noch", "oder", "aber", "sagte", "gibt", "sie", "wir", "ihr", "ihre", "ihren", "seine",
        "seiner", "seinen", "dass", "vor", "seit", "gegen", "durch", "unter", "kann", "können", "soll", "mehr", "schon",
        "nur", "diese", "dieser", "dieses", "beim", "vom", "laut", "zufolge", "artikel", "bericht", "berichten",
        "während", "weil", "jedoch", "sowie", "bereits", "damit", "dabei", "dort", "hier", "einen", "keine", "kein",
    ], StringComparer.Ordinal);

    /// <summary>Content words of a text, folded, in order (duplicates kept).</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        foreach (Match match in WordPattern().Matches(text))
        {
            var folded = Fold(match.Value);
            if (folded.Length < 3 || StopWords.Contains(folded)) continue;
            words.Add(folded);
        }
        return words;
    }

    /// <summary>Every word of a text, folded, stop words and short words included.</summary>
    public static IReadOnlyList<string> AllTokens(string text) =>
        WordPattern().Matches(text).Select(m => Fold(m.Value)).ToList();

    /// <summary>Words that start with a capital letter and do not start the sentence: names, mostly (in English).</summary>
    public static IReadOnlyList<string> CapitalisedInside(string sentence)
    {
        var names = new List<string>();
        var first = true;
        foreach (Match match in WordPattern().Matches(sentence))
        {
            var folded = Fold(match.Value);
            if (!first && char.IsUpper(match.Value[0]) && folded.Length >= 2 && !StopWords.Contains(folded)) names.Add(folded);
            first = false;
        }
        return names;
    }

    /// <summary>Numbers in a text, normalised: "1.000" and "1,000" → "1000"; "2,5" → "2.5".</summary>
    public static IReadOnlyList<string> Numbers(string text)
    {
        var numbers = new List<string>();
        foreach (Match match in NumberPattern().Matches(text)) numbers.Add(NormaliseNumber(match.Value));
        return numbers;
    }

    /// <summary>True when <paramref name="word"/> (folded) has a form in <paramref name="vocabulary"/>: same word, or a shared stem.</summary>
    public static bool Occurs(string word, IReadOnlyCollection<string> vocabulary)
    {
        var stem = Stem(word);
        foreach (var candidate in vocabulary)
        {
            if (candidate.StartsWith(stem, StringComparison.Ordinal) || (candidate.Length >= 4 && word.StartsWith(Stem(candidate), StringComparison.Ordinal)))
                return true;
        }
        return false;
    }

    /// <summary>Lower case with umlauts and accents folded, so "Präsident" meets "Praesident" and "president".</summary>
    public static string Fold(string word)
    {
        var lower = word.ToLowerInvariant().Replace("ß", "ss").Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue");
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString();
    }

    /// <summary>A light stem: long words lose up to three letters of inflection ("gegründet" ~ "gegründete").</summary>
    private static string Stem(string word) => word.Length <= 5 ? word : word[..Math.Max(5, word.Length - 3)];

    private static string NormaliseNumber(string number)
    {
        if (ThousandsPattern().IsMatch(number)) return number.Replace(".", "").Replace(",", "").Replace("'", "");
        return number.Replace(',', '.');
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\d+(?:[.,']\d+)*")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^\d{1,3}(?:[.,']\d{3})+$")]
    private static partial Regex ThousandsPattern();
}
