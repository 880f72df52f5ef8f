using System.Collections.Frozen;

namespace Briefing.Core.Text;

/// <summary>
/// Offline German/English guess from function words and letter hints. Function words decide even
/// for short questions ("Wer gewann ...?" / "Who won ...?"), which is where n-gram models stumble.
/// </summary>
public static class LanguageDetector
{
    public const string German = "de";
    public const string English = "en";

    private static readonly FrozenSet<string> GermanWords = FrozenSet.ToFrozenSet(
    [
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "einem", "einer", "den", "dem", "des",
        "mit", "von", "zu", "zum", "zur", "auf", "für", "im", "auch", "sich", "wie", "was", "wer", "wann", "wo",
        "warum", "welche", "welcher", "welches", "wieso", "weshalb", "wurde", "wurden", "wird", "werden", "hat",
        "haben", "sind", "war", "waren", "bei", "nach", "aus", "über", "noch", "oder", "aber", "sagte", "gibt",
        "es", "sie", "er", "wir", "ich", "du", "ihr", "dass", "um", "vor", "seit", "gegen", "durch", "unter",
        "kann", "können", "soll", "sollen", "mehr", "schon", "nur", "diese", "dieser", "dieses", "beim", "vom",
        "gewann", "wieviel", "wieviele", "viele", "jahr", "jahre", "heute", "gestern", "ob", "keine", "kein",
    ]);

    private static readonly FrozenSet<string> EnglishWords = FrozenSet.ToFrozenSet(
    [
        "the", "and", "is", "are", "was", "were", "a", "an", "of", "to", "in", "on", "for", "with", "that",
        "this", "it", "by", "as", "at", "from", "what", "who", "when", "where", "why", "which", "how", "did",
        "does", "do", "has", "have", "had", "be", "been", "will", "would", "can", "could", "should", "about",
        "not", "or", "but", "they", "he", "she", "we", "you", "i", "his", "her", "their", "its", "said", "says",
        "there", "than", "into", "after", "before", "over", "more", "won", "many", "much", "year", "years", "new",
    ]);

    /// <summary>"de" or "en"; German wins ties only when the text carries umlauts or ß.</summary>
    public static string Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return English;
        var span = text.Length > 20_000 ? text[..20_000] : text;
        double german = 0, english = 0;
        foreach (var token in Tokenize(span))
        {
            if (GermanWords.Contains(token)) german += 1;
            if (EnglishWords.Contains(token)) english += 1;
        }
        foreach (var c in span)
        {
            if (c is 'ä' or 'ö' or 'ü' or 'ß' or 'Ä' or 'Ö' or 'Ü') german += 0.5;
        }
        if (german == english) return LooksGermanByShape(span) ? German : English;
        return german > english ? German : English;
    }

    /// <summary>German capitalises nouns: many capitalised words in mid-sentence hint at German.</summary>
    private static bool LooksGermanByShape(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4) return false;
        var capitalisedInside = words.Skip(1).Count(w => char.IsUpper(w[0]));
        return capitalisedInside > (words.Length - 1) / 2;
    }

    private static IEnumerable<string> Tokenize(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0) start = i;
            else if (!isLetter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
