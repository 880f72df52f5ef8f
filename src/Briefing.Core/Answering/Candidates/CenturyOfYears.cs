using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// "the 1700s", "die 1700er Jahre": the hundred years from a century's round year, which writers also call by the
/// century's ordinal — "by the early 18th century", "im 18. Jahrhundert". A question about the 1700s is answered by a
/// sentence about the 18th century, which never writes "1700" (<see cref="AskedYears"/>).
/// </summary>
internal static partial class CenturyOfYears
{
    /// <summary>The century a round year written as its hundred years names ("1700s" → 18), else null ("1700", "1990s").</summary>
    public static int? Of(string text, Match year)
    {
        if (!year.Value.EndsWith("00", StringComparison.Ordinal)) return null;
        var after = text.AsSpan(year.Index + year.Length);
        if (!HundredYears().IsMatch(after)) return null;
        return int.Parse(year.Value[..2]) + 1;
    }

    /// <summary>Whether <paramref name="text"/> names the <paramref name="century"/> by its ordinal: "18th century", "18. Jahrhundert".</summary>
    public static bool Says(string text, int century) =>
        Ordinal().Matches(text).Any(m => int.Parse(m.Groups["n"].Value) == century);

    /// <summary>The plural of a round year: "1700s", "1700's", "1700er".</summary>
    [GeneratedRegex(@"^(s|'s|’s|er)\b")]
    private static partial Regex HundredYears();

    [GeneratedRegex(@"\b(?<n>\d{1,2})(st|nd|rd|th)[\s-]+century\b|\b(?<n>\d{1,2})\.\s+Jahrhunderts?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();
}
