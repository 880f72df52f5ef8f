using System.Collections.Frozen;

namespace Briefing.Core.Digests.Clustering;

/// <summary>German and English function words (already folded: no umlauts) that say nothing about which event a text reports.</summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        // English
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
        "over", "after", "before", "about", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have",
        "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "it",
        "its", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our",
        "your", "him", "them", "us", "me", "my", "who", "whom", "which", "what", "when", "where", "why", "how", "not",
        "no", "than", "then", "there", "here", "also", "more", "most", "some", "any", "all", "such", "said", "says",
        "say", "so", "up", "out", "new", "one", "two", "just", "very", "against", "between", "during", "under",
        "while", "because", "other", "only", "being", "year", "years", "last", "first", "mr", "mrs", "ms", "per",
        "cent", "told", "added", "still", "now", "yet", "since", "would", "well", "made", "make", "many", "much",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "today", "yesterday",
        // German
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
        "aber", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte", "hatten",
        "sein", "seine", "seiner", "seinen", "ihre", "ihren", "ihrer", "im", "in", "am", "an", "auf", "aus", "bei",
        "mit", "nach", "von", "vom", "zu", "zum", "zur", "fur", "uber", "unter", "vor", "gegen", "durch", "ohne",
        "um", "als", "wie", "auch", "nicht", "noch", "nur", "schon", "sich", "es", "er", "sie", "wir", "ihr", "ich",
        "man", "dass", "daß", "so", "sei", "seien", "kann", "konnen", "soll", "sollen", "muss", "mussen", "will",
        "wollen", "mehr", "sehr", "dieser", "diese", "dieses", "diesem", "diesen", "jetzt", "heute", "gestern",
        "sagte", "sagt", "hieß", "hiess", "laut", "seit", "bis", "beim", "ab", "etwa", "rund", "neue", "neuen",
        "ersten", "erste", "jahr", "jahre", "jahren", "prozent", "montag", "dienstag", "mittwoch", "donnerstag",
        "freitag", "samstag", "sonntag", "woche", "wo", "wer", "was", "wann", "warum", "keine", "kein", "einem",
        "zwei", "drei", "sowie", "bereits", "damit", "dabei", "dazu", "zudem", "allerdings", "jedoch", "denn",
    ]);

    public static bool Contains(string foldedWord) => Words.Contains(foldedWord);
}
