using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "How much will the ministry save each year?", "Wie viel Wald verliert Brasilien jährlich?": a figure per period — a
/// rate, not a total. The sentence that gives the figure per the same period ("would save £6m a year", "ein Verlust von
/// jährlich 984.000 Hektar") answers before one that gives a total over several years ("£86m in savings between 2005
/// and 2008") or another subject's figure for one year ("Die Erde hat 2014 18 Millionen Hektar Wald verloren").
/// </summary>
internal static partial class AskedPeriod
{
    public enum Period { Day, Week, Month, Year }

    /// <summary>The period the question asks a figure per, in either language; null when it asks none.</summary>
    public static Period? Of(string question) => PerPeriod().Match(question) is { Success: true } match ? PeriodOf(match) : null;

    /// <summary>
    /// Whether <paramref name="sentence"/> writes a figure per <paramref name="period"/>: the phrase of the period right
    /// after the figure's words ("£6m a year", "30 Millionen Euro pro Jahr") or right before the figure ("jährlich 984.000 Hektar").
    /// </summary>
    public static bool IsStatedIn(string sentence, Period period)
    {
        foreach (Match match in PerPeriod().Matches(sentence))
        {
            if (PeriodOf(match) != period) continue;
            var before = sentence[Math.Max(0, match.Index - MaxGapToFigure)..match.Index];
            var after = sentence[(match.Index + match.Length)..Math.Min(sentence.Length, match.Index + match.Length + MaxGapToFigure)];
            // A year before the phrase dates the figure ("2005 and every year since"); it is no figure per year.
            if (NumberTokens.Raw(before).Any(n => !AskedAmount.IsYearLike(n)) || LeadingFigure().IsMatch(after)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> gives the asked noun's figure per <paramref name="period"/> by naming the noun for
    /// the period: a compound of the period ("Der Jahresumsatz liege bei 43 Mrd. Euro", "Monatsmiete") or a period adjective
    /// before it ("jährliche Anleihezinsen von rund acht Millionen Euro", "annual sales of $3bn"), the figure following in its
    /// clause (<see cref="SumOfAskedNoun.FigureFollows"/>). The period stands on the noun, not beside the figure, so
    /// <see cref="IsStatedIn"/> does not see it; only the asked noun is read so ("Jahresende", "Jahreshälfte" date a figure).
    /// </summary>
    public static bool QualifiesAskedNoun(string sentence, Period period, Func<string, bool> isAskedNoun)
    {
        var words = Tokenizer.LetterRuns(sentence).ToList();
        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k].Value;
            var noun = PeriodCompound().Match(word) is { Success: true } compound && PeriodOf(compound) == period && isAskedNoun(compound.Groups["tail"].Value)
                ? words[k]
                : PeriodAdjective().Match(word) is { Success: true } adjective && PeriodOf(adjective) == period
                    ? words.Skip(k + 1).Take(NounAfterAdjective).FirstOrDefault(w => isAskedNoun(w.Value))
                    : null;
            if (noun is not null && SumOfAskedNoun.FigureFollows(sentence, noun.Index + noun.Length)) return true;
        }
        return false;
    }

    /// <summary>Words from a period adjective to its noun: "annual pre-tax profits", "jährliche Anleihezinsen".</summary>
    private const int NounAfterAdjective = 3;

    [GeneratedRegex(@"^((?<day>tages)|(?<week>wochen)|(?<month>monats)|(?<year>jahres))(?<tail>\p{L}{4,})$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex PeriodCompound();

    [GeneratedRegex(@"^((?<day>daily|täglich\p{L}*)|(?<week>weekly|wöchentlich\p{L}*)|(?<month>monthly|monatlich\p{L}*)|(?<year>annual|yearly|jährlich\p{L}*))$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex PeriodAdjective();

    /// <summary>Characters between a figure and its period: "£6m a year", "30 Millionen Euro pro Jahr", "jährlich 984.000".</summary>
    private const int MaxGapToFigure = 24;

    private static Period PeriodOf(Match match) =>
        match.Groups["day"].Success ? Period.Day : match.Groups["week"].Success ? Period.Week : match.Groups["month"].Success ? Period.Month : Period.Year;

    /// <remarks>"im Jahr 2015" dates a figure; only "im Jahr" without a year after it is per year.</remarks>
    [GeneratedRegex(@"\b((a|per|each|every|an)\s+((?<day>day)|(?<week>week)|(?<month>month)|(?<year>year|annum))|(?<day>daily)|(?<week>weekly)|(?<month>monthly)|(?<year>annually|yearly)"
        + @"|(pro|je|jeden|jede|jedes|im|in\s+der|am)\s+((?<day>tag)|(?<week>woche)|(?<month>monat)|(?<year>jahr))(?!\s+\d)|(?<day>täglich\p{L}*)|(?<week>wöchentlich\p{L}*)|(?<month>monatlich\p{L}*)|(?<year>jährlich\p{L}*))\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex PerPeriod();

    [GeneratedRegex(@"^\s*(" + CurrencyWords.Sign + @"\s*)?\d")]
    private static partial Regex LeadingFigure();
}
