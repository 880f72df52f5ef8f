using System.Collections.Frozen;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>Month, weekday, season and relative-day words of German and English: they date a fact, they name nothing.</summary>
internal static class DateWords
{
    /// <summary>The German weekdays, one list for the date words, the words relative to the day of writing and the weekday compounds.</summary>
    private static readonly string[] GermanWeekdays = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"];

    private static readonly string[] EnglishWeekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Days and times named from the day of writing ("gestern", "tonight", "am Wochenende").</summary>
    private static readonly string[] RelativeToWriting =
    [
        "heute", "gestern", "morgen", "vorgestern", "übermorgen", "today", "yesterday", "tomorrow", "tonight",
        "wochenende", "weekend", "mitternacht", "midnight", "mittag", "noon",
    ];

    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        .. MonthNames.German, .. MonthNames.English, .. MonthNames.GermanShort,
        // English "mar" is also the verb ("to mar the celebrations"), and a short form has no capital to tell it apart.
        .. MonthNames.EnglishShort.Where(m => m != "mar"),
        .. GermanWeekdays, .. EnglishWeekdays, .. RelativeToWriting,
        "frühjahr", "frühling", "sommer", "herbst", "winter", "spring", "summer", "autumn", "fall",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words of duration that turn a number into a date/time answer ("26 minutes", "vier Jahre").</summary>
    private static readonly FrozenSet<string> Units = FrozenSet.ToFrozenSet(
    [
        "sekunde", "sekunden", "minute", "minuten", "stunde", "stunden", "tag", "tage", "tagen", "woche", "wochen",
        "monat", "monate", "monaten", "jahr", "jahre", "jahren", "jahrzehnt", "jahrzehnte", "jahrhundert", "uhr",
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "century", "centuries", "am", "pm", "a.m.", "p.m.",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Weekdays and words relative to the day of writing: they date the report more often than the asked event.</summary>
    private static readonly FrozenSet<string> Relative = FrozenSet.ToFrozenSet(
    [
        .. GermanWeekdays, .. EnglishWeekdays, .. RelativeToWriting,
    ], StringComparer.OrdinalIgnoreCase);

    /// <remarks>
    /// Also a weekday joined to a time of day (<see cref="IsWeekdayTime"/>), which names nothing; <see cref="Dates"/> leaves it
    /// out: as an answer "Montagfrüh" led over the sentence with the asked clock time, and a "Donnerstagmittag" in a
    /// sentence on another subject dated a product launch.
    /// </remarks>
    public static bool Contains(string word) => Words.Contains(word) || IsWeekdayTime(word);

    /// <summary>
    /// A German weekday joined to a time of day ("Montagmorgen", "Freitagabend", "Donnerstagvormittag"): a date word like
    /// the weekday itself. Askers write the compound where the article writes "am Montag in der Früh" or "Montag früh";
    /// taken for a name, it was a detail the answering sentence had to show, and the article's sentence with the
    /// weekday alone stood "far from the question's names".
    /// </summary>
    /// <remarks>A loop, no LINQ: name detection asks it of every capitalised word it reads.</remarks>
    public static bool IsWeekdayTime(string word)
    {
        foreach (var day in GermanWeekdays)
            if (word.Length > day.Length && word.StartsWith(day, StringComparison.OrdinalIgnoreCase)) return DayTimes.Contains(word[day.Length..]);
        return false;
    }

    private static readonly FrozenSet<string> DayTimes = FrozenSet.ToFrozenSet(
        ["morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh", "frueh"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a word as written in a sentence dates it: <see cref="Contains"/>, but a month only capitalised ("it may
    /// reopen" says no "May") and "fall" only as <see cref="SeasonFall.CanDateWithoutContext"/> reads it (in lower case).
    /// </summary>
    public static bool Dates(string written) =>
        Words.Contains(written) && (!MonthNames.IsWrittenOut(written) || char.IsUpper(written[0])) && SeasonFall.CanDateWithoutContext(written);

    /// <summary>A month's name written out, capitalised as a month is ("May", not the verb "may").</summary>
    public static bool IsMonth(string word) => word.Length > 0 && char.IsUpper(word[0]) && MonthNames.IsWrittenOut(word);

    public static bool IsRelative(string word) => Relative.Contains(word);

    /// <summary>A weekday's name, German or English ("Dienstag", "sonnabend", "Tuesday").</summary>
    public static bool IsWeekday(string word) => Weekdays.Contains(word);

    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet([.. GermanWeekdays, .. EnglishWeekdays], StringComparer.OrdinalIgnoreCase);

    /// <summary>German duration adjectives ("12-tägigen", "dreijährige"): a time unit as a word ending.</summary>
    private static readonly string[] UnitAdjectives = ["tägig", "wöchig", "monatig", "jährig", "stündig", "minütig"];

    /// <summary>
    /// A unit of a length of time as a noun ("Monaten", "weeks"): <see cref="IsUnit"/> without a clock's words ("Uhr", "pm")
    /// and the duration adjectives ("tägigen"), for a count that must be followed by the length it counts.
    /// </summary>
    public static bool IsTimeNoun(string word) => Units.Contains(word) && !ClockUnits.Contains(word);

    private static readonly FrozenSet<string> ClockUnits = FrozenSet.ToFrozenSet(["uhr", "am", "pm", "a.m.", "p.m."], StringComparer.OrdinalIgnoreCase);

    public static bool IsUnit(string word) =>
        Units.Contains(word) || UnitAdjectives.Any(a => word.StartsWith(a, StringComparison.OrdinalIgnoreCase));
}
