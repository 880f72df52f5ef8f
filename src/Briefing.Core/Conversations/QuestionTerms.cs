using Briefing.Core.Text;

namespace Briefing.Core.Conversations;

/// <summary>A question's words, and which of them are key terms (names, nouns, numbers) rather than function words.</summary>
internal static class QuestionTerms
{
    public static IReadOnlyList<string> Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    public static IReadOnlyList<string> KeyTerms(string text) =>
        Words(text).Where(w => (w.Length > 1 || char.IsDigit(w[0])) && !FunctionWords.IsFunctionWord(w)).ToArray();

    public static bool HasAnaphor(string text) => Words(text).Any(FunctionWords.IsAnaphor);
}
