using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Who someone lost to or beat (<see cref="AnswerType.Opponent"/>: "Gegen wen verlor Rapid?", "Who beat X in the final?"):
/// a team or person named where news names the other side — after "to" / "against" / "gegen" / "by" / "über"
/// ("losing 2-1 to Sturm Graz", "die Niederlage gegen Salzburg", "beaten by Leeds", "der Sieg über Ried"), or next to
/// a verb of winning or losing ("dem SV Ried mit 1:3 unterlag", "Salzburg besiegte Rapid", "Brindley Athletic beat
/// them"). Teams are often called by their town, so a place name counts as much as a club's.
/// </summary>
internal static partial class OpponentNames
{
    /// <summary>How many characters around a name the preposition or verb may stand ("dem SV Ried mit 1:3 unterlag").</summary>
    private const int Window = 24;

    /// <summary>How long a clause between commas may stand between the name and its verb of winning ("X, who had lost ..., won").</summary>
    private const int ClauseWindow = 160;

    /// <summary>A verb of winning or losing after a name, perhaps after the score ("mit 1:3 unterlag", "by 2-0 won").</summary>
    private const string ScoreThenVerb = @"((mit|by)\s+[\d:–-]+\s+)?(unterlag|unterlagen|beat|beats|defeated|won|wins|gewann|gewannen|siegte|siegten|besiegte|besiegten|schlug|schlugen|bezwang|bezwangen|triumphierte|setzte\s+sich)\b";

    /// <returns>The name words of the other side, as written.</returns>
    public static IEnumerable<string> In(string text, string language, NameDetector names)
    {
        foreach (var span in NameSpans.Named(text, language, names))
        {
            var before = text[Math.Max(0, span.Start - Window)..span.Start];
            var after = text[span.End..Math.Min(text.Length, span.End + Window)];
            var longBefore = text[Math.Max(0, span.Start - 2 * Window)..span.Start];
            var clauseAfter = text[span.End..Math.Min(text.Length, span.End + ClauseWindow)];
            if (Before().IsMatch(before) || After().IsMatch(after) || AfterClause().IsMatch(clauseAfter) || AfterSubject().IsMatch(longBefore) || MeetsOn().IsMatch(longBefore))
                foreach (var word in span.Words) yield return word;
        }
    }

    /// <summary>
    /// "to", "against", "gegen", "by", "over", "über", a verb of beating or losing, or of meeting in a match to come ("She
    /// faces German Marlene Weingartner", "trifft auf Titelverteidiger Nadal"), right before the name (an article and one
    /// describing word may stand between).
    /// </summary>
    [GeneratedRegex(@"\b(to|against|gegen|by|over|über|unterlag|unterlagen|beat|beats|beating|defeated|defeating|besiegte|besiegten|schlug|schlugen|bezwang|bezwangen|faces|face|facing|meets|meet|take\s+on|takes\s+on|vs\.?|versus|trifft\s+auf|treffen\s+auf|trifft\s+(er|sie)\s+auf)\s+((" + ArticleAlternations.DefiniteOrPossessive + @")\s+)?((?-i:\p{Lu}\p{Ll}+)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Before();

    /// <summary>"Thiem trifft in Runde drei auf Rafael Nadal": the opponent of a match to come, after "auf" later in the clause.</summary>
    [GeneratedRegex(@"\b(trifft|treffen|traf|trafen)\b[^.;:]{0,40}\bauf\s+((" + GermanFunctionWords.DefiniteArticleAlternation + @")\s+)?((?-i:\p{Lu}\p{Ll}+)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetsOn();

    /// <summary>"unterlag Austria dem SV Ried", "verlor Rapid gegen Sturm": the dative or "gegen" after the subject of a German main clause.</summary>
    [GeneratedRegex(@"\b(unterlag|unterlagen|verlor|verloren)\s+(\p{Lu}[\p{L}\-]*\s+){1,3}(dem|der|gegen(\s+(den|die|das))?)\s+$")]
    private static partial Regex AfterSubject();

    /// <summary>
    /// A verb of winning or losing right after the name, perhaps after the score ("Ried mit 1:3 unterlag", "Leeds won
    /// 2-0"), and after the rest of a name the detector took for a common word ("SV Ried": "Ried" is a German noun too).
    /// </summary>
    [GeneratedRegex(@"^\s*(\p{Lu}[\p{L}\-]*\s+){0,2}" + ScoreThenVerb, RegexOptions.IgnoreCase)]
    private static partial Regex After();

    /// <summary>
    /// The winner named before a relative clause or apposition between commas, then the verb: "Sylvia Farina Elia, who
    /// had lost all nine previous meetings, won 7-5 7-6", "Ried, das seit Wochen sieglos war, besiegte Rapid". Without it
    /// the one sentence naming who knocked the asked player out offered no opponent, and a sentence about other matches answered.
    /// </summary>
    [GeneratedRegex(@"^,\s+(who|which|der|die|das|welche[rs]?)\b[^,.;:()]{1,140},\s*" + ScoreThenVerb, RegexOptions.IgnoreCase)]
    private static partial Regex AfterClause();
}
