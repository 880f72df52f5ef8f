using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A currency written beside a figure states a sum ("$150m", "fünf Millionen Euro", "a million dollars"); a currency
/// beside none, or beside a plural scale only, says an order of size ("has had to set aside millions of dollars",
/// "Hunderttausende Euro", "in euros"), which does not answer "How much has X put aside?".
/// </summary>
internal static class StatedSum
{
    /// <summary>Whether a match of <paramref name="currency"/> in <paramref name="text"/> has a figure close before or after it.</summary>
    public static bool IsIn(string text, Regex currency)
    {
        foreach (Match match in currency.Matches(text))
        {
            var from = Math.Max(0, match.Index - MaxGapToFigure);
            var to = Math.Min(text.Length, match.Index + match.Length + MaxGapToFigure);
            if (HasFigure(text[from..match.Index]) || HasFigure(match.Value) || HasFigure(text[(match.Index + match.Length)..to])) return true;
        }
        return false;
    }

    /// <summary>Characters between a currency and its figure: "30 Millionen US-Dollar", "1,5 Milliarden Schweizer Franken".</summary>
    private const int MaxGapToFigure = 30;

    /// <summary>Digits, or a number word that writes an amount ("fünf", "a million"), not a plural scale alone ("millions").</summary>
    private static bool HasFigure(string span) =>
        span.Any(char.IsDigit) || Tokenizer.LetterRuns(span).Any(w => NumberWords.Is(w.Value) && !NumberWords.IsPluralScale(w.Value));
}
