using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// News dates a statement by the weekday it was made: "…, erklärte Platter am Dienstag bei der Pressekonferenz", "the
/// union said on Tuesday", "teilte die Polizei am Mittwoch mit", "On Monday, the minister told MPs …". That weekday is
/// the day of the report, not of the event the statement tells of: "Wann wurde die Kaserne gebaut?" is not answered by
/// the day the governor spoke about the barracks, nor "When will the court decide?" by the day a lawyer announced the
/// appeal. A when-question whose chosen sentences date nothing but such statements is abstained on (AskedFact) — unless
/// it asks when something was said or announced, which the weekday then answers. The same reading of news as
/// <see cref="ReportDayLead"/>, which lets a calendar-dated sentence of the article lead over such a weekday; this check
/// abstains when the chosen sentences give nothing but the weekday.
/// </summary>
/// <remarks>
/// Only weekdays: a calendar date beside a verb of saying ("said on 3 May that it would close in June") is no sure day of
/// the statement alone, and such a sentence is left to the other checks. A weekday that is not next to a verb of saying
/// ("resumed service on Tuesday", "Wednesday's closing price") is not judged here either, nor one inside the reported
/// clause ("Police said two men were arrested on Tuesday") or before an attribution that closes the sentence ("…resumed
/// service on Tuesday, the operator said"): there the weekday dates the event told.
/// </remarks>
internal static partial class ReportWeekday
{
    /// <summary>
    /// Every new date of <paramref name="sentence"/> (its <paramref name="novel"/> candidate keys) is a weekday, and each
    /// weekday the sentence writes dates a verb of saying.
    /// </summary>
    public static bool DatesOnlyStatements(string sentence, IReadOnlySet<string> novel)
    {
        if (novel.Count == 0 || !novel.All(DateWords.IsWeekday)) return false;
        // Runs of letters, as the candidate reader splits words: "Wednesday's offer" holds the weekday "Wednesday".
        var weekdays = Tokenizer.LetterRuns(sentence).Where(w => DateWords.IsWeekday(w.Value) || DateWords.IsWeekdayTime(w.Value)).ToList();
        return weekdays.Count > 0 && weekdays.All(w => DatesSaying(sentence, w));
    }

    /// <summary>"Wann hat X den Rücktritt angekündigt?", "When did police confirm …?": the statement's day is what is asked.</summary>
    public static bool AsksWhenSaid(string question) => SayingInQuestion().IsMatch(question);

    private static bool DatesSaying(string sentence, Match weekday)
    {
        var before = sentence[..weekday.Index];
        var after = sentence[(weekday.Index + weekday.Length)..];
        var clauseEnd = LastWordOfClause(after);
        if (SayingBefore().Match(before) is { Success: true } spoken && SayingVerbs.SaysWith(spoken.Groups["verb"].Value, clauseEnd)) return true;
        return OpensSentence().IsMatch(before)
               && SayingAfter().Match(after) is { Success: true } opened && SayingVerbs.SaysWith(opened.Groups["verb"].Value, clauseEnd);
    }

    /// <summary>
    /// The last word before the clause that holds the weekday ends ("…am Mittwoch mit." → "mit"); empty when the weekday
    /// ends it. The text is one sentence, so a point ends no clause inside it: "am Mittwoch in St. Pölten mit." ends in "mit".
    /// </summary>
    private static string LastWordOfClause(string after)
    {
        var end = after.IndexOfAny([',', ';', ':', '!', '?']);
        var clause = end < 0 ? after : after[..end];
        var words = clause.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : words[^1].TrimEnd('.');
    }

    /// <summary>
    /// "said on", "told reporters on", "erklärte Platter am", "teilte die Polizei in Wien am": the verb, then the weekday's
    /// preposition, with no punctuation between. English allows one word between ("told reporters on") or an article and a
    /// noun ("told the BBC on"), German four, as its verb comes before its subject; more, or two words without an article,
    /// reach into the reported clause ("said two men were arrested on", "said shops reopened on").
    /// </summary>
    [GeneratedRegex(@"\b(?<verb>" + SayingVerbs.EnglishAlternation + @")(\s+(the|a|an)\s+[\p{L}\d.'’-]+|\s+[\p{L}\d.'’-]+)?\s+on\s+$"
        + @"|\b(?<verb>" + SayingVerbs.GermanAlternation + @")(\s+[\p{L}\d.'’-]+){0,4}?\s+am\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SayingBefore();

    /// <summary>The weekday phrase opens the sentence: "On Monday, …", "Am Dienstag …".</summary>
    [GeneratedRegex(@"^\W*((on|am)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OpensSentence();

    /// <summary>
    /// "On Monday, the minister told …", "Am Dienstag erklärte der Sprecher": after the opening weekday, up to three words,
    /// then the verb, with no comma but the one closing the opening phrase.
    /// </summary>
    [GeneratedRegex(@"^\s*,?(\s+[\p{L}\d.'’-]+){0,3}?\s+(?<verb>" + SayingVerbs.EnglishAlternation + "|" + SayingVerbs.GermanAlternation + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex SayingAfter();

    /// <remarks>Forms of the question's verb of saying (<see cref="SayingVerbs.InQuestion"/>): "say", "announce", "bekanntgeben", "mitgeteilt", "angekündigt".</remarks>
    [GeneratedRegex(@"\b(" + SayingVerbs.InQuestion + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex SayingInQuestion();
}
