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

    public static AskedFigures Of(string question) => new(Figures(question).Where(f => !AnswerCandidates.IsYear(f)).Distinct(StringComparer.Ordinal).ToList());

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
        NumberTokens.Located(text).Where(n => !GluedToName(text, n.Index) && !InScore(text, n.Index, n.Index + n.Written.Length))
            .Select(n => NumberTokens.Normalize(n.Written))
            .Concat(Tokenizer.LetterRuns(text).Select(w => NumberWords.Digits(w.Value)).OfType<string>());

    private static bool GluedToName(string text, int start) =>
        start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '-' && start > 1 && char.IsLetter(text[start - 2])));

    private static bool InScore(string text, int start, int end) =>
        (end + 1 < text.Length && text[end] is '-' or ':' or '–' && char.IsDigit(text[end + 1]))
        || (start > 1 && text[start - 1] is '-' or ':' or '–' && char.IsDigit(text[start - 2]));
}
