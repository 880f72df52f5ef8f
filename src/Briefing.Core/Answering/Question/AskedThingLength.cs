using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// English "how long" asks a length of time or the length of a thing, and only the thing asked about tells which:
/// "How long was the strike?" wants days, "How long was the old boat ...?" metres, "How long is the race ...?"
/// kilometres, "How long was the interim report?" pages. Read as a duration (<see cref="ExpectedAnswerType"/>), the
/// sentence that says "an Bord eines nur 20 Meter langen alten Bootes" held no candidate, and one with "sechs Stunden"
/// about the rescue led. So when "how long" is followed by a form of "be" (the question measures its subject, not an
/// action: no "take", "last", "wait"), a figure with a unit of length, or a count of pages, words or characters, is a
/// candidate as well as a length of time. German needs none of this: "wie lang" (the adjective) already asks a length
/// unless a verb of time follows (<see cref="MeasureUnits.FamilyAskedBy"/>), "wie lange" only a time.
/// </summary>
internal static partial class AskedThingLength
{
    public static bool IsAsked(string question) => HowLongIs().IsMatch(question) && !TimeVerb().IsMatch(question);

    /// <summary>
    /// The sentence's figures written with a unit of length or of text ("20 Meter", "12km", "14 pages"), as number keys;
    /// not a sum ("£20m" is twenty million pounds, not twenty metres).
    /// </summary>
    public static IReadOnlySet<string> Figures(string sentence) =>
        NumberTokens.Figures(sentence).Where(f => !AnswerCandidates.IsSum(sentence, f.Start, f.End) && MeasureUnits.LengthUnitAt(sentence, f.InWords ? f.End : NumberTokens.EndOfRange(sentence, f.End)))
            .Select(f => f.Key).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\bhow\s+long\s+(is|was|are|were|will\s+be|would\s+be)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowLongIs();

    /// <summary>
    /// Words that make the question one about time although "how long" is followed by "be": "How long was X under house
    /// arrest / in prison / out / suspended / sidelined / banned / in office?", "How long is the deal / contract / loan?".
    /// </summary>
    [GeneratedRegex(@"\b(take|took|last(s|ed)?|wait(s|ed)?|spen[dt]|stay(s|ed)?|remain(s|ed)?|serve[ds]?|under|arrest|jail|prison|out|sidelined|suspended|banned|ban|absent|missing|closed|shut|in\s+office|on\s+loan|loan|deal|contract|sentence|term|career|marriage|married|alive|dead|gone)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeVerb();
}
