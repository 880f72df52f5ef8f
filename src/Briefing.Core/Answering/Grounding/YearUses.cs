using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// How a sentence uses a year it says, beyond saying it: in a list of years ("won the World Cup in 1991 and 1999"), or as
/// the point another figure is compared with ("up from $66m during the same period in 2003", "über der Zahl von 2014").
/// </summary>
internal static partial class YearUses
{
    /// <summary>
    /// <paramref name="year"/> stands in a list or a range of years in <paramref name="text"/> ("in 1991 and 1999", "the
    /// 2002 and 2003 London races", "nach 2009 und 2013", "1997 bis 2001"): the list dates what the sentence says of all
    /// of them, not one event of the asked year.
    /// </summary>
    public static bool InList(string text, string year) =>
        Regex.IsMatch(text, $@"(?<!\d){AnyYear}{Joiner}{year}(?!\d)|(?<!\d){year}{Joiner}{AnyYear}(?!\d)", RegexOptions.IgnoreCase);

    private const string AnyYear = @"(?:1[5-9]\d\d|20\d\d)";

    private const string Joiner = @"\s*(?:,|&|and|und|or|oder|bis|to|through|–|-)\s*(?:in\s+|im\s+)?";

    /// <summary>
    /// The years of <paramref name="text"/> that date something of its own: not those a figure is compared with ("up from
    /// $66m during the same period in 2003", "weniger als … 2014", "über der Zahl von 2014"), which date the comparison point.
    /// </summary>
    public static bool DatesItsOwn(string text)
    {
        foreach (Match year in Year().Matches(text))
            if (!ComparedBefore().IsMatch(text[..year.Index])) return true;
        return false;
    }

    [GeneratedRegex(@"(?<![\d.,])(?:1[5-9]\d{2}|20\d{2})(?![\d.,]\d)")]
    private static partial Regex Year();

    /// <summary>A comparison cue a few words before the year, or "von" right before it (a German "von 2014" names the point compared with).</summary>
    [GeneratedRegex(@"(?:\b(?:from|than|gegenüber|als|compared\s+(?:with|to)|verglichen\s+mit|im\s+Vergleich\s+zu)\b(?:\s+\S+){0,6}|\bvon(?:\s+\p{L}+)?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedBefore();
}
