using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// "On what date …?", "By which date …?", "An welchem Tag …?", "Ab welchem Datum …?", "Welcher Tag …?": the question asks
/// for a day of a month, not for any point in time as "when" does. An answer whose sentences date the story only by a
/// weekday ("am Dienstag"), a season ("Mitte Juni"), a span ("für drei Wochen gesperrt") or not at all gives no such
/// day: the articles do not say it, and the question is abstained on (<see cref="CalendarDays"/> reads the day).
/// </summary>
/// <remarks>
/// Not "what day of the week", "an welchem Wochentag" (a weekday answers those), nor "on which day of the tournament",
/// "am wievielten Tag" (a count of days).
/// </remarks>
internal static partial class AskedCalendarDay
{
    public static bool Of(string question) => English().IsMatch(question) || German().IsMatch(question);

    /// <summary>"on what date", "by which date", "from what date", "what date …?".</summary>
    [GeneratedRegex(@"\b(what|which)\s+date\b", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    /// <summary>
    /// "an welchem Tag", "an welchem Tag im Juni", "ab welchem Datum", "bis zu welchem Datum", "welcher Tag", "welches Datum"
    /// — not "an welchem Tag des Turniers".
    /// </summary>
    [GeneratedRegex(@"\bwelche[mrs]?\s+(Datum\b|Tag\b(?!\s+(des|der|dieser)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex German();
}
