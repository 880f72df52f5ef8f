using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "Wie viel wiegt Thomas Schaffer?" over "Die 50. Super Bowl bewegt ihn besonders.", "Wie viele der gesperrten Konten …?"
/// over "Even so the title debuted at No 3 in the UK charts.": a figure written as a place in an order (a German ordinal
/// "50.", an English "15th", a rank "No 3", "Nr. 1") says which one, not how many or how much. When every new figure of
/// the chosen sentences is such a place, they state no amount, whatever noun follows it; the question is not answered.
/// </summary>
/// <remarks>
/// Not for a question that asks how often or the how-manyth time ("Zum wievielten Mal …?", "How many times …?"): "for
/// the 21st time" answers it (<see cref="OrdinalSeries"/>). A place in a ranking is asked as <see cref="AnswerType.Rank"/>,
/// which this check never sees.
/// </remarks>
internal static partial class OnlyPlacesInAnOrder
{
    /// <summary>The reason the chosen sentences give no amount for a number question; null when one may.</summary>
    public static string? Missing(IReadOnlyList<CandidateSentence> chosen, string question, AnswerType expected)
    {
        if (expected != AnswerType.Number || OrdinalSeries.IsAsked(question) || OrdinalSeries.AsksWhichTime(question)) return null;
        var withFigures = chosen.Where(c => c.Novel.Count > 0).ToList();
        if (withFigures.Count == 0 || !withFigures.All(OnlyPlaces)) return null;
        return "every new figure of the chosen sentences is a place in an order, not an amount";
    }

    /// <summary>Each new figure of the sentence is written, wherever it stands, as a place in an order.</summary>
    /// <remarks>A new figure written nowhere as digits (a figure in words, a date's key) may be an amount: it keeps the sentence.</remarks>
    private static bool OnlyPlaces(CandidateSentence sentence)
    {
        var text = sentence.Text;
        var german = sentence.Hit.Passage.Language == "de";
        var digits = NumberTokens.Figures(text).Where(f => !f.InWords && sentence.Novel.Contains(f.Key)).ToList();
        return sentence.Novel.All(key => digits.Any(f => f.Key == key)) && digits.All(f => IsPlaceAt(text, f.Start, f.End, german));
    }

    /// <summary>"50. Super Bowl", "15th place", "No 3", "Nr. 1", "number three".</summary>
    private static bool IsPlaceAt(string text, int start, int end, bool german) =>
        UncountingFigures.IsOrdinalAt(text, end) || (german && IsGermanOrdinalAt(text, start, end))
        || RankPhrases.IsRankNumber(text, start);

    /// <summary>
    /// "Die 50. Super Bowl", "der 28. Runde", "seinem 25. Geburtstag": digits with a full stop after an article, an
    /// article fused with a preposition or a possessive, and a word after them that goes on the sentence, are a German
    /// ordinal. A sentence the splitter left joined ("stieg auf 40. Rettungskräfte suchen …", "died aged 77. Referred
    /// to …") reads as one: its last figure follows a verb or a preposition, not an article, and the word after it opens
    /// the next sentence — so only German sentences are read, an article must stand before the figure and a function
    /// word after the full stop ends the reading.
    /// </summary>
    private static bool IsGermanOrdinalAt(string text, int start, int end) =>
        WordBefore().Match(text, 0, start) is { Success: true } before && OrdinalDeterminers.Contains(before.Groups["word"].Value)
        && WordAfterFullStop().Match(text, end) is { Success: true } after && !FunctionWords.IsFunctionWord(after.Groups["word"].Value, "de");

    /// <summary>The German words that stand before an ordinal's figure: articles, fused articles, possessives.</summary>
    private static readonly FrozenSet<string> OrdinalDeterminers = GermanFunctionWords.DefiniteArticles
        .Concat(GermanFunctionWords.ArticleContractions).Concat(GermanFunctionWords.ThirdPersonPossessives)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<word>\p{L}+)\s+$")]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"\G\.\s+(?<word>\p{L}+)")]
    private static partial Regex WordAfterFullStop();
}
