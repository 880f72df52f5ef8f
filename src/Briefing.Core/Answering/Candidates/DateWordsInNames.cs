using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// Date words that are part of a name, not a date: a first name spelt as a month's short form ("sagte Staatsanwalt Jan
/// Holzner") and a weekday in a Sunday paper's title ("sagte er der Welt am Sonntag", "told the Mail on Sunday"). Read as
/// dates, they made "Wann beginnt der Prozess?" look answered by a sentence that only quotes a prosecutor to a paper.
/// </summary>
internal static partial class DateWordsInNames
{
    /// <summary>Whether the date word <paramref name="word"/> of <paramref name="text"/> belongs to a name there.</summary>
    public static bool Covers(string text, Match word) =>
        IsFirstName(text, word) || SundayPaper().Matches(text).Any(p => p.Index <= word.Index && word.Index < p.Index + p.Length);

    /// <summary>
    /// "Jan Holzner": a month's short form, without its full stop, right before a capitalised word is a first name;
    /// "Jan 2012", "Jan. 5", "am 3. Jan" stay dates.
    /// </summary>
    private static bool IsFirstName(string text, Match word) =>
        MonthShortForm().IsMatch(word.Value) && CapitalisedNext().IsMatch(text, word.Index + word.Length);

    [GeneratedRegex(@"^(Jan|Feb|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec)$")]
    private static partial Regex MonthShortForm();

    [GeneratedRegex(@"\G\s+\p{Lu}\p{Ll}")]
    private static partial Regex CapitalisedNext();

    /// <remarks>The titles, not any capitalised word before "am Sonntag": German capitalises every noun ("die Wahl am Sonntag").</remarks>
    [GeneratedRegex(@"\b((Welt|Bild)\s+am\s+Sonntag|(Mail|Independent)\s+on\s+Sunday|Sunday\s+(Times|Telegraph|Mirror|Express|People|Herald|Post|Mail))\b")]
    private static partial Regex SundayPaper();
}
