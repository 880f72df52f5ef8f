using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The figures a question names besides years ("das kurze Rennen über 4 km", "narrowed their list down to ten", "the
/// 60m world record"): like a year, such a figure says which of an article's events is asked about, so the sentence
/// that answers usually repeats it ("Nick McCormick ... to win the 4km race" before "Kipchoge won the 9.2km race").
/// Years are <see cref="AskedYears"/>' part.
/// </summary>
internal sealed class AskedFigures
{
    private readonly IReadOnlyList<string> _figures;

    private AskedFigures(IReadOnlyList<string> figures) => _figures = figures;

    public bool Any => _figures.Count > 0;

    /// <remarks>
    /// Only a figure that measures (a unit: "4 km", "drei Monate") or stands alone ("number 12 in the charts", "down to
    /// ten"): one that counts the topic's things or gives its share ("the seven consulates", "the two paparazzi", "whose
    /// profits rose by 90%") describes what the question is about, which the sentence stating the answer seldom repeats.
    /// </remarks>
    public static AskedFigures Of(string question) =>
        new(Identifying(question).Where(f => !AnswerCandidates.IsYear(f)).Distinct(StringComparer.Ordinal).ToList());

    /// <summary>Every asked figure is in <paramref name="sentence"/>, in digits or as a number word of either language ("ten", "zehn").</summary>
    public bool AreShownIn(string sentence)
    {
        if (_figures.Count == 0) return true;
        var shown = Figures(sentence).ToHashSet(StringComparer.Ordinal);
        return _figures.All(shown.Contains);
    }

    /// <summary>
    /// Figures standing as words of their own: the 22 of "PS4", "MH17" or "F-22" is part of a name, and "the 3-1 defeat", "2:0"
    /// is a score that names the match, not a figure a sentence about it repeats.
    /// </summary>
    private static IEnumerable<string> Figures(string text) =>
        NumberTokens.Figures(text).Where(f => Standalone(text, f)).Select(f => f.Key);

    // An age ("der 18-Jährige", "the 25-year-old", "died at 85") describes the person the question is about, whom the
    // article's lede introduces with it ("Ein 18-jähriger Oberösterreicher ist … gestorben"); the sentence that answers
    // refers back to them ("Der Lenker starb im Unfallkrankenhaus Linz") and seldom repeats it: no identifying figure.
    private static IEnumerable<string> Identifying(string question) =>
        NumberTokens.Figures(question).Where(f => Standalone(question, f) && Measures(question, f.End) && !AskedAge.IsAgeAt(question, f.Start, f.End)).Select(f => f.Key);

    /// <summary>A figure in digits not glued to a name or a score; a number word only up to twelve, the ones written both ways ("ten", "zehn").</summary>
    private static bool Standalone(string text, LocatedFigure figure) =>
        figure.InWords ? NumberWords.Digits(figure.Written) is not null : !GluedToName(text, figure.Start) && !InScore(text, figure.Start, figure.End);

    /// <summary>What follows the figure ending at <paramref name="end"/> makes it a measure or leaves it alone, not a count of things or a share.</summary>
    private static bool Measures(string text, int end)
    {
        // "4km", "60m": a unit written onto the figure.
        if (end < text.Length && char.IsLetter(text[end])) return true;
        var rest = text[end..].TrimStart();
        if (rest.StartsWith('%')) return false;
        var next = Tokenizer.LetterRuns(rest).FirstOrDefault();
        // "to ten?", "number 12 in the UK charts": nothing or a function word follows.
        if (next is null || next.Index > 0 || FunctionWords.IsFunctionWord(next.Value)) return true;
        // "vier Jahre", "4 km": a unit of time, or an abbreviated one.
        return DateWords.IsUnit(next.Value) || (next.Value.Length <= MaxUnitAbbreviation && next.Value.All(char.IsLower));
    }

    /// <summary>Letters of a unit's abbreviation ("km", "kg", "m").</summary>
    private const int MaxUnitAbbreviation = 3;

    private static bool GluedToName(string text, int start) =>
        start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '-' && start > 1 && char.IsLetter(text[start - 2])));

    private static bool InScore(string text, int start, int end) =>
        (end + 1 < text.Length && text[end] is '-' or ':' or '–' && char.IsDigit(text[end + 1]))
        || (start > 1 && text[start - 1] is '-' or ':' or '–' && char.IsDigit(text[start - 2]));
}
