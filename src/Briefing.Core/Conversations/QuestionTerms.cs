using Briefing.Core.Text;

namespace Briefing.Core.Conversations;

/// <summary>A question's words, and which of them are key terms (names, nouns, numbers) rather than function words.</summary>
internal static class QuestionTerms
{
    /// <summary>Openings of a follow-up ("Und was …?", "What about …?", "Was ist mit …?").</summary>
    private static readonly string[] FollowUpOpenings =
    [
        "und ", "auch ", "was ist mit ", "wie sieht es mit ", "wie steht es um ", "and ", "also ", "what about ",
        "how about ", "what of ",
    ];

    public static IReadOnlyList<string> Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    public static IReadOnlyList<string> KeyTerms(string text) =>
        Words(text).Where(w => (w.Length > 1 || char.IsDigit(w[0])) && !FunctionWords.IsFunctionWord(w)).ToArray();

    public static bool HasAnaphor(string text) => Words(text).Any(FunctionWords.IsAnaphor);

    public static bool OpensAsFollowUp(string text)
    {
        var normalized = text.TrimStart().ToLowerInvariant();
        return FollowUpOpenings.Any(opening => normalized.StartsWith(opening, StringComparison.Ordinal));
    }
}
