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
/// ("resumed service on Tuesday", "Wednesday's closing price") is not judged here either.
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
        var weekdays = Tokenizer.Tokenize(sentence).Where(t => DateWords.IsWeekday(t.Text) || DateWords.IsWeekdayTime(t.Text)).ToList();
        return weekdays.Count > 0 && weekdays.All(w => DatesSaying(sentence, w));
    }

    /// <summary>"Wann hat X den Rücktritt angekündigt?", "When did police confirm …?": the statement's day is what is asked.</summary>
    public static bool AsksWhenSaid(string question) => SayingInQuestion().IsMatch(question);

    private static bool DatesSaying(string sentence, Token weekday) =>
        SayingBefore().IsMatch(sentence[..weekday.Start]) || SayingAfter().IsMatch(sentence[weekday.End..]);

    private const string Saying = "(" + SayingVerbs.Alternation + ")";

    /// <summary>"erklärte Platter am", "said on", "teilte die Polizei in Wien am": the verb, up to four words, then the weekday's preposition.</summary>
    [GeneratedRegex(@"\b" + Saying + @"\b(\W+[\p{L}\d.-]+){0,4}?\W+(on|am)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SayingBefore();

    /// <summary>"On Monday, the minister told …", "am Dienstag erklärte der Sprecher": the weekday, up to three words, then the verb.</summary>
    [GeneratedRegex(@"^\W*([\p{L}\d.-]+\W+){0,3}?" + Saying + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex SayingAfter();

    /// <remarks>Forms of the question's verb: "say", "announce", "bekanntgeben", "mitgeteilt", "angekündigt".</remarks>
    [GeneratedRegex(@"\b(say|said|says|tell|told|announc\w*|confirm\w*|report\w*|stat(e|ed)|explain\w*"
        + @"|sag\w*|gesagt|erklär\w*|teil\w*\s+mit|mitgeteilt|mitteilen|bekannt\w*|\w*kündig\w*|bestätig\w*|meld\w*|bericht\w*|betont\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SayingInQuestion();
}
