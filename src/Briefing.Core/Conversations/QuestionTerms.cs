using System.Collections.Frozen;

namespace Briefing.Core.Conversations;

/// <summary>Splits a question into words and tells key terms (names, nouns, numbers) from function words, in German and English.</summary>
internal static class QuestionTerms
{
    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        // German
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
        "aber", "auch", "noch", "nur", "schon", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden",
        "hat", "haben", "hatte", "hatten", "sein", "gibt", "gab", "was", "wer", "wen", "wem", "wessen", "wie", "wo",
        "wann", "warum", "wieso", "weshalb", "welche", "welcher", "welches", "welchen", "woher", "wohin", "womit",
        "mit", "von", "vom", "zu", "zum", "zur", "auf", "für", "im", "in", "an", "am", "aus", "bei", "beim", "nach",
        "über", "unter", "vor", "seit", "gegen", "durch", "um", "es", "sie", "er", "ihn", "ihm", "ihr", "ihre",
        "ihren", "ihrem", "sein", "seine", "seinen", "seinem", "wir", "ich", "du", "man", "sich", "dass", "ob",
        "nicht", "kein", "keine", "mehr", "sagte", "sagt", "sagten", "meinte", "denn", "dazu", "dabei", "darüber",
        "davon", "damals", "dort", "dies", "diese", "dieser", "dieses", "diesem", "diesen", "jene", "jener", "so",
        "mal", "bitte", "genau", "eigentlich", "ist's", "steht", "stand", "passiert", "geschah",
        // English
        "the", "a", "an", "and", "or", "but", "also", "is", "are", "was", "were", "be", "been", "being", "do",
        "does", "did", "has", "have", "had", "what", "who", "whom", "whose", "how", "where", "when", "why",
        "which", "of", "to", "in", "on", "for", "with", "at", "by", "from", "about", "into", "over", "after",
        "before", "it", "its", "he", "she", "they", "them", "him", "her", "his", "their", "theirs", "we", "you",
        "i", "me", "my", "this", "that", "these", "those", "there", "then", "not", "no", "more", "said", "say",
        "says", "tell", "told", "will", "would", "can", "could", "should", "please", "happened", "happen",
        "like", "so", "any", "some",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that point back to something said before ("he", "sie", "dort", "that").</summary>
    private static readonly FrozenSet<string> Anaphors = FrozenSet.ToFrozenSet(
    [
        "er", "sie", "ihn", "ihm", "ihr", "ihre", "ihren", "sein", "seine", "seinen", "seinem", "dort", "dabei",
        "darüber", "dazu", "davon", "damals", "dies", "diese", "dieser", "dieses", "diesem", "diesen", "derselbe",
        "he", "she", "it", "they", "them", "him", "his", "her", "their", "there", "that", "this", "those", "these",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Openings of a follow-up ("Und was …?", "What about …?", "Was ist mit …?").</summary>
    private static readonly string[] FollowUpOpenings =
    [
        "und ", "auch ", "was ist mit ", "wie sieht es mit ", "wie steht es um ", "and ", "also ", "what about ",
        "how about ", "what of ",
    ];

    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '\'' && start >= 0));
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].Trim('-', '\''));
                start = -1;
            }
        }
        return words.Where(w => w.Length > 0).ToArray();
    }

    public static IReadOnlyList<string> KeyTerms(string text) =>
        Words(text).Where(w => (w.Length > 1 || char.IsDigit(w[0])) && !StopWords.Contains(w)).ToArray();

    public static bool HasAnaphor(string text) => Words(text).Any(Anaphors.Contains);

    public static bool OpensAsFollowUp(string text)
    {
        var normalized = text.TrimStart().ToLowerInvariant();
        return FollowUpOpenings.Any(opening => normalized.StartsWith(opening, StringComparison.Ordinal));
    }
}
