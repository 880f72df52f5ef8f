using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "coming less than 24 hours before Tottenham's Premiership fixture", "two days later", "vor drei Wochen", "zwei Jahre
/// zuvor": a span written as the distance of one moment from another dates a point in time; it measures nothing that
/// lasts. It answers no "How long was X's contract?" (<see cref="SoleMeasureOfArticle"/>).
/// </summary>
internal static partial class TimeOffset
{
    /// <summary>Whether <paramref name="sentence"/> writes <paramref name="duration"/> (a duration key, "24 hours") only as such a distance.</summary>
    public static bool IsOnlyOffset(string sentence, string duration)
    {
        var written = WordBounds.Occurrences(sentence, duration).ToList();
        return written.Count > 0 && written.All(at => After().IsMatch(sentence[(at + duration.Length)..]) || Before().IsMatch(sentence[..at]));
    }

    /// <summary>The word after the span that makes it a distance: "before", "ago", "später", "zuvor".</summary>
    [GeneratedRegex(@"^\s+(before|after|ago|earlier|later|prior|zuvor|später|früher|danach|davor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex After();

    /// <summary>
    /// The German "vor" of "vor drei Wochen", also before a vague count ("vor gut drei Wochen"); not "nach", whose "nach zwei
    /// Jahren Pause" measures a span (<see cref="TimeFromNow"/>).
    /// </summary>
    [GeneratedRegex(@"\bvor\s+((gut|knapp|rund|etwa|fast|mehr\s+als|weniger\s+als)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Before();
}
