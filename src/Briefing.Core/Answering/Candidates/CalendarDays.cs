using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A date written to the day of its month: "am 15. Juni", "scheduled for 27 February", "on 6 or 7 January", "am 6. und
/// 7. Juni", "on March 3". A "when" question asks for a point in time, which such a date gives and a year, a decade or a
/// season ("Nach 2015 …", "in the 1990s", "next summer") gives only roughly.
/// </summary>
internal static partial class CalendarDays
{
    /// <summary>The sentence writes a day of a month.</summary>
    /// <remarks>
    /// The two orders are read apart: in one pattern, the month-first reading took "Am 11" (a capitalised word, then a
    /// number) out of "Am 11. Oktober", and "On 3 December", "Ab 1. Oktober" were read as no day at all.
    /// </remarks>
    public static bool AreWrittenIn(string sentence) =>
        DayThenMonth().Matches(sentence).Concat(MonthThenDay().Matches(sentence)).Any(m => MonthNames.IsWrittenOut(m.Groups["month"].Value));

    /// <summary>
    /// The days of a month the sentence writes ("14. September", "March 3"), as written in lower case, with the day's
    /// number (the first of two) and the month's: by value "September 14" is the day of "14. September".
    /// </summary>
    public static IEnumerable<(string Written, int Day, int Month)> In(string sentence) =>
        DayThenMonth().Matches(sentence).Concat(MonthThenDay().Matches(sentence))
            .Select(m => (Written: m.Value.ToLowerInvariant(), Day: int.Parse(m.Groups["day"].Value), Month: MonthNames.Number(m.Groups["month"].Value)))
            .Where(day => day.Month > 0);

    /// <summary>A day's number (German with a full stop, English with an ordinal ending), perhaps a second day, then the month.</summary>
    [GeneratedRegex(@"\b(?<day>\d{1,2})(\.|st|nd|rd|th)?(\s+(und|bis|or|and|to)\s+\d{1,2}(\.|st|nd|rd|th)?)?\s+(of\s+)?(?<month>\p{Lu}\p{Ll}+)\b")]
    private static partial Regex DayThenMonth();

    /// <summary>The month, then the day ("March 3").</summary>
    [GeneratedRegex(@"\b(?<month>\p{Lu}\p{Ll}+)\s+(?<day>\d{1,2})(st|nd|rd|th)?\b(?!\.\d)")]
    private static partial Regex MonthThenDay();
}
