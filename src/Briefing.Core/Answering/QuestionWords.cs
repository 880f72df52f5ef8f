using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Interrogatives and auxiliaries that say what is asked but not about what; they carry no evidence and
/// must not count towards coverage. Also tells which questions expect a number or a date.
/// </summary>
internal static class QuestionWords
{
    private static readonly string[] NumberCues =
    [
        "wann", "wie viel", "wieviel", "wie viele", "wie hoch", "wie lange", "wie alt", "welchem jahr", "welches jahr",
        "when", "how many", "how much", "how long", "how old", "what year", "which year", "what percentage", "how far",
    ];

    /// <summary>The words themselves live in the shared toolkit (<see cref="FunctionWords.IsQuestionWord"/>).</summary>
    public static bool IsIgnored(string surfaceWord) => FunctionWords.IsQuestionWord(surfaceWord);

    /// <summary>True when the question asks for a number, a date or a year.</summary>
    public static bool ExpectsNumber(string question)
    {
        var lower = question.ToLowerInvariant();
        return NumberCues.Any(cue => lower.Contains(cue, StringComparison.Ordinal));
    }
}
