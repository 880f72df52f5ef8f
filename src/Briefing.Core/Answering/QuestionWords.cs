using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Interrogatives and auxiliaries that say what is asked but not about what; they carry no evidence and
/// must not count towards coverage. (What a question expects is <see cref="ExpectedAnswerType"/>.)
/// </summary>
internal static class QuestionWords
{
    /// <summary>The words themselves live in the shared toolkit (<see cref="FunctionWords.IsQuestionWord"/>).</summary>
    public static bool IsIgnored(string surfaceWord) => FunctionWords.IsQuestionWord(surfaceWord);
}
