using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "How much did the actor leave in his will?", "Wie viel fordert Siemens?": a "how much" / "wie viel" question that
/// names no measured unit asks for an amount — a sum, a share, a quantity — so the sentence "X, who hosted the show for
/// 30 years, died on 23 January" does not answer it: its figures are a duration and a date. Durations, ages, dates and
/// years are no amounts; any other figure the sentence adds ("2 Milliarden Euro", "40%", "600,000 tonnes", "A$6.35") is.
/// </summary>
internal static partial class AskedAmount
{
    /// <summary>Whether the question asks "how much" without a unit (<paramref name="unit"/> null) and not about time ("how much longer").</summary>
    public static bool IsAsked(string question, AskedUnit? unit) => unit is null && AmountCue().IsMatch(question) && !AskedPrisonTerm.IsAsked(question);

    /// <summary>Whether <paramref name="sentence"/> adds a figure that is an amount, not a time.</summary>
    public static bool IsStatedIn(CandidateSentence sentence)
    {
        var text = sentence.Text;
        var language = sentence.Hit.Passage.Language;
        // Figures in digits and in words, as the candidates read them ("two million pounds"; "die Hälfte" is none).
        foreach (var figure in NumberTokens.Figures(text))
        {
            if (!sentence.Novel.Contains(figure.Key)) continue;
            // "set aside millions of dollars", "Tausende Euro": a plural scale without a figure says the order, not the amount.
            if (figure.InWords && NumberWords.IsPluralScale(figure.Written) && !NumberWords.FollowsDigits(text, figure.Start)) continue;
            // "in its 10th year", "followed by Maroon 5": an ordinal or a name's number is no amount.
            if (!figure.InWords && (UncountingFigures.IsOrdinalAt(text, figure.End) || AnswerCandidates.IsPartOfName(text, figure.Start, figure.End, language))) continue;
            if (IsMultiple(text, figure.End) || (!IsTime(text, figure.Start, figure.Written) && !CountsSomething(text, figure.End, language))) return true;
        }
        return false;
    }

    /// <summary>
    /// The figures of <paramref name="text"/> that only ever stand for a time there — a duration, an age, a date, a year
    /// ("die 14-minütige Demo", "nach 36 Stunden", "zwei Jahre lang"), as candidate keys: they count and measure nothing
    /// a question asks "how many X" or "how much" of, unless X is itself a unit of time.
    /// </summary>
    public static IReadOnlySet<string> TimeFigures(string text)
    {
        var times = new HashSet<string>(StringComparer.Ordinal);
        var others = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figure in NumberTokens.Figures(text))
            (IsTime(text, figure.Start, figure.Written) ? times : others).Add(figure.Key);
        times.ExceptWith(others);
        return times;
    }

    /// <summary>
    /// The figure ending at <paramref name="end"/> counts people or things ("More than 1,000 people turned out", "200
    /// Beschäftigte", "at two venues", "Eight super-casinos"): a count answers "how many", not "how much" — a sum, a share,
    /// a quantity in a unit of measure ("600,000 tonnes", "984.000 Hektar", "530 pence a share").
    /// </summary>
    private static bool CountsSomething(string text, int end, string language) =>
        CountedWords.After(text, end, language) is [.., var noun] && !MeasureWord().IsMatch(noun) && !DateWords.IsUnit(noun);

    /// <summary>
    /// The figure ending at <paramref name="end"/> is a multiple of something ("ten times their own weight", "drei Mal ihr
    /// Gewicht", "vier Mal so viel wie"): an amount measured against another, which answers "how much" as a sum does, though
    /// "times" read as the counted noun made it a count. "three times a day" and "zum dritten Mal" stay counts.
    /// </summary>
    private static bool IsMultiple(string text, int end) => Multiple().IsMatch(text, end);

    [GeneratedRegex(@"\G[\s-]*(times|mal)\s+(as|more|less|fewer|" + ArticleAlternations.EnglishDefiniteOrPossessive + @"|our|your|that|what|so|mehr|weniger|soviel|"
        + GermanFunctionWords.ThirdPersonPossessiveAlternation + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Multiple();

    /// <summary>The figure at <paramref name="index"/> is a duration, an age, a date, a clock time or a year.</summary>
    private static bool IsTime(string text, int index, string written)
    {
        // "on 20 and 21 August", "vom 3. bis 5. Mai": the first day of a range is a date as the second is.
        var end = NumberTokens.EndOfRange(text, index + written.Length);
        var after = WordAfter().Match(text, end) is { Success: true } next && next.Groups["word"].Index - end <= MaxGapToUnit ? next.Groups["word"].Value : null;
        if (after is not null && (DateWords.IsUnit(after) || DateWords.IsMonth(after))) return true;
        var before = text[..index].TrimEnd();
        var previous = LastWord().Match(before);
        if ((previous.Success && DateWords.IsMonth(previous.Value)) || AgeBefore().IsMatch(before)) return true;
        // "2019", "in 1998": a year, unless a currency, a measure or an approximation makes it an amount ("2000 Euro",
        // "1500 tonnes", "mehr als 2000").
        var measured = after is not null && MeasureWord().IsMatch(after);
        return YearLike().IsMatch(written) && !measured && !CurrencyBefore().IsMatch(before) && !AnswerCandidates.FollowsApproximation(text, index);
    }

    /// <summary>Characters between a figure and its unit: "30 years", "23. Januar", "83-year-old".</summary>
    private const int MaxGapToUnit = 2;

    /// <remarks>
    /// "wie viel" not followed by an "e" ("wie viele" counts); "how much longer", "wie viel Zeit", "wie viel älter"
    /// ask a time or an age difference, which a duration answers.
    /// </remarks>
    [GeneratedRegex(@"\b(how\s+much|wie\s*viel)\b(?!\s+(time|longer|later|earlier|older|younger|zeit|länger|später|früher|älter|jünger|uhr)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AmountCue();

    [GeneratedRegex(@"\G[\s.\-–]*(?<word>\p{L}+)")]
    private static partial Regex WordAfter();

    [GeneratedRegex(@"\p{L}+$")]
    private static partial Regex LastWord();

    /// <summary>"aged 84", "at the age of 84", "im Alter von 84".</summary>
    [GeneratedRegex(@"\b(aged|age\s+of|alter\s+von)$", RegexOptions.IgnoreCase)]
    private static partial Regex AgeBefore();

    /// <summary>A figure written as a year of the last two centuries ("1998", "2019"); whether it is one, its context says.</summary>
    public static bool IsYearLike(string figure) => YearLike().IsMatch(figure);

    [GeneratedRegex(@"^(1[89]\d\d|20\d\d)$")]
    private static partial Regex YearLike();

    /// <summary>
    /// Currencies and units of measure, also as a compound's last part ("Quadratmeter", "Kilowattstunden", "gigabytes"):
    /// a figure before one is an amount, not a count of things or a year ("2000 Euro", "1500 tonnes").
    /// </summary>
    [GeneratedRegex(@"^(" + CurrencyWords.Names + "|" + CurrencyWords.Coins + "|" + MeasureUnits.Physical
        + "|" + PercentWords.Percent + "|" + PercentWords.Points + @"|points?|punkte|stück|units?)$", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureWord();

    [GeneratedRegex("(" + CurrencyWords.Sign + @"|\b(" + CurrencyWords.Names + @"))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyBefore();
}
