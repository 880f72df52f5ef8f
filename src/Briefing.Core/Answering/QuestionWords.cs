using System.Collections.Frozen;

namespace Briefing.Core.Answering;

/// <summary>
/// Interrogatives and auxiliaries that say what is asked but not about what; they carry no evidence and
/// must not count towards coverage. Also tells which questions expect a number or a date.
/// </summary>
internal static class QuestionWords
{
    private static readonly FrozenSet<string> Ignored = FrozenSet.ToFrozenSet(
    [
        "wer", "wen", "wem", "wessen", "was", "wann", "wo", "wohin", "woher", "wie", "warum", "wieso", "weshalb",
        "welch", "welche", "welcher", "welches", "welchen", "welchem", "viel", "viele", "vielen", "wurd", "wurde",
        "gibt", "hat", "hatt", "hatte", "ist", "sind", "war", "waren", "who", "whom", "whose", "what", "when",
        "where", "why", "which", "how", "many", "much", "did", "does", "do", "is", "are", "was", "were", "has",
        "have", "had", "name", "call", "called", "lautet", "lauten", "hieß", "hiess", "heißt", "heisst", "nennt",
        "nennen", "nannte", "genannt", "bezeichnet",
        // "What did X say?": the passage may report it as "erklärte", "stated", "warned"; the verb is no evidence.
        "sagte", "sagt", "sagten", "sagen", "meinte", "äußerte", "say", "says", "said", "tell", "told",
        // follow-up openers
        "und", "and", "about",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] NumberCues =
    [
        "wann", "wie viel", "wieviel", "wie viele", "wie hoch", "wie lange", "wie alt", "welchem jahr", "welches jahr",
        "when", "how many", "how much", "how long", "how old", "what year", "which year", "what percentage", "how far",
    ];

    public static bool IsIgnored(string surfaceWord) => Ignored.Contains(surfaceWord);

    /// <summary>True when the question asks for a number, a date or a year.</summary>
    public static bool ExpectsNumber(string question)
    {
        var lower = question.ToLowerInvariant();
        return NumberCues.Any(cue => lower.Contains(cue, StringComparison.Ordinal));
    }
}
