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
    public static bool AreWrittenIn(string sentence) =>
        DayMonth().Matches(sentence).Any(m => MonthNames.IsWrittenOut(m.Groups["month"].Value));

    /// <summary>A day's number (German with a full stop, English with an ordinal ending), a second day, then the month; or the month, then the day.</summary>
    [GeneratedRegex(@"\b\d{1,2}(\.|st|nd|rd|th)?(\s+(und|bis|or|and|to)\s+\d{1,2}(\.|st|nd|rd|th)?)?\s+(of\s+)?(?<month>\p{Lu}\p{Ll}+)\b|\b(?<month>\p{Lu}\p{Ll}+)\s+\d{1,2}(st|nd|rd|th)?\b(?!\.\d)")]
    private static partial Regex DayMonth();
}
