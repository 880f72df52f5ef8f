using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The months a question asks about when it asks for something else ("What was the rate in December?", "Wie viele
/// Besucher kamen im Mai?"). A sentence that gives the figure for the year, or another month, does not answer for
/// the asked month: among the sentences that answer, one that says the month leads.
/// </summary>
internal sealed class AskedMonths
{
    private readonly IReadOnlyList<string> _months;

    private AskedMonths(IReadOnlyList<string> months) => _months = months;

    /// <remarks>"When ...?" asks for the date itself; a month it names is then part of what it asks about only rarely.</remarks>
    public static AskedMonths Of(string question, AnswerType expected) =>
        new(expected == AnswerType.Date ? [] : Tokenizer.LetterRuns(question).Select(m => m.Value).Where(DateWords.IsMonth).Distinct(StringComparer.OrdinalIgnoreCase).ToList());

    /// <summary>Every asked month is named in <paramref name="sentence"/> (in the question's language: across languages the months are written otherwise).</summary>
    public bool AreShownIn(string sentence) =>
        _months.All(month => Tokenizer.LetterRuns(sentence).Any(m => string.Equals(m.Value, month, StringComparison.OrdinalIgnoreCase) && DateWords.IsMonth(m.Value)));
}
