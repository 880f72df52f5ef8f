using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// Cause, purpose and motive expressions of German and English news beyond the conjunctions and prepositions that
/// <see cref="AnswerCandidates"/>' cause reading lists first ("weil", "because", "due to", "um ... zu"). Reporters give a
/// reason as often in a participle ("troubled by a hip complaint"), a result construction ("six operations left him
/// struggling"), a response ("reagiere darauf, dass ..."), a purpose infinitive ("to ease pressure on the euro") or a
/// reported argument ("argumentiert, eine solche Lücke würde ..."): a why-question's answer stands in such a sentence
/// while the sentence that restates the asked event holds none of them.
/// </summary>
internal static partial class CauseExpressions
{
    /// <summary>
    /// The cause expressions, as alternatives of one pattern (word-bounded by the caller):
    /// a participle whose agent is the cause ("troubled by", "boosted by", "partially offset by", "concerned by",
    /// "getrieben von", "belastet durch"); a result construction whose subject is the cause ("left him struggling",
    /// "made it impossible"); a response ("in response to", "als Reaktion auf", "reagiere darauf, dass"); a purpose
    /// infinitive of a verb that names an aim ("to ease", "to curb", "to attract"), "so as to"; the event a problem
    /// started with ("the problem started when ..."); a hope acted on ("hoping to make gains", "in der Hoffnung");
    /// a reported argument ("argued that", "argumentiert"); German's "dank" (thanks to, lower case: "Dank" is the noun).
    /// </summary>
    public const string Pattern =
        @"(troubled|hampered|plagued|dogged|blighted|hit|hurt|driven|boosted|helped|buoyed|fuelled|fueled|spurred|underpinned|dented|squeezed|offset|outweighed|weighed\s+down|held\s+back|motivated|angered|alarmed|worried|concerned|frightened|shocked)\s+by"
        + @"|(getrieben|angetrieben|belastet|gebremst|beflügelt|ausgeglichen|wettgemacht|geplagt|geschwächt|gestützt|motiviert|verärgert|beunruhigt|alarmiert)\s+(von|vom|durch)"
        + @"|left\s+(him|her|them|it|us|me)\s+(\p{L}+ing|unable|without|out\s+of|short\s+of|with\s+no)|made\s+it\s+(impossible|difficult|hard|necessary)"
        + @"|in\s+(response|reaction|reply)\s+to|responding\s+to|als\s+(reaktion|antwort)\s+auf|in\s+reaktion\s+auf|reagier\p{L}*\s[^.;:]{0,60}?\bdarauf"
        + @"|" + PurposeInfinitive + @"|so\s+as\s+to"
        + @"|(started|began|begun|arose)\s+when|hoping\s+to|in\s+the\s+hopes?\s+(of|that)|in\s+der\s+hoffnung"
        + @"|argu(e|es|ed|ing)\s+that|argumentier(t|te|ten|en)|(?-i:dank)";

    /// <summary>
    /// "must let their currencies rise to ease pressure on the euro": an infinitive of a verb that names an aim, unless a
    /// verb of asking, wanting or trying governs it, or a noun of an attempt ("calling on the government to stem job
    /// losses", "in a bid to reduce gun use", "is likely to boost profits"): then it says what is asked, wanted or
    /// expected, often of another clause than the asked one, not why.
    /// </summary>
    private const string PurposeInfinitive =
        @"(?<!\b(bid|effort|attempt|drive|push|call(s|ed|ing)?\s+on|call(s|ed|ing)?\s+for|urg(e|es|ed|ing)|ask(s|ed|ing)?|want(s|ed|ing)?|plan(s|ned|ning)?|agree(s|d)?|decide(s|d)?|tr(y|ies|ied|ying)|need(s|ed)?|aim(s|ed|ing)?|hop(e|es|ed|ing)|seek(s|ing)?|sought|vow(s|ed)?|pledg(e|es|ed)|promis(e|es|ed)|intend(s|ed)?|expect(s|ed)?|likely|unlikely|set|able|going|due|about|help(s|ed)?)\s+([\p{L}'’]+\s+){0,4})"
        + @"to\s+(ease|relieve|reduce|curb|stem|tackle|combat|counter|offset|boost|fund|finance|attract|encourage|deter|discourage|safeguard|guarantee)";

    /// <summary>
    /// What follows "due to" when it schedules rather than explains: "The Vagina Monologues, due to open in Kampala this
    /// weekend", "the report is due to be published". A verb after "due to" dates an event; a cause is a noun phrase.
    /// </summary>
    public const string ScheduledInfinitive =
        @"be|open|start|begin|take|go|play|face|meet|visit|arrive|launch|end|close|finish|resume|reopen|hold|host|run|release|announce|report|publish|come|sign|return|appear|make|give|deliver|hear|decide|rule|vote|stand|leave|join|retire|fly|travel|speak|address|present|unveil|debut|air|premiere|expire|complete|conclude|get|have|become|testify|enter|receive|submit|undergo|kick|tee|sit|move|stay|expand|resign|step|hand|issue|reveal|publish|land|depart|sail|perform|compete|race|fight|marry|wed";

    /// <summary>
    /// A cause noun that points back at a cause already told ("aufgrund derselben Ursache", "for the same reason"):
    /// the sentence compares two events and gives neither cause; blanked before the cause reading.
    /// </summary>
    public static string WithoutAnaphoricCauses(string text) => SameCause().Replace(text, m => new string(' ', m.Length));

    [GeneratedRegex(@"\b((aufgrund|wegen|infolge|aus|due\s+to|because\s+of|for|owing\s+to)\s+)?(der|des|dem|die|the)?\s*(derselben|desselben|dieselbe|dieselben|selben|gleichen|same)\s+(\p{L}+\s+)?(ursachen?|grund|gründen?|gründe|reasons?|causes?|motiv)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameCause();

    /// <summary>
    /// "Dort scheiterte die Begehung aus einem simplen Grund.", "for a simple reason:", "Der Grund ist einfach:": a
    /// sentence that announces a cause and ends there; the next sentence of its passage gives it.
    /// </summary>
    public static bool AnnouncesCauseAfter(string sentence) => AnnouncedCause().IsMatch(sentence);

    [GeneratedRegex(@"(\b(aus\s+(einem|zwei|drei|mehreren)\s+(\p{L}+\s+)?(grund|gründen)|for\s+(a|one|two|three|several)\s+(\p{L}+\s+)?reasons?)|\b(the|der)\s+(\p{L}+\s+)?(reason|grund)\s+(is|was|ist|war)\s+(simple|einfach|klar|clear))\s*[.:!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AnnouncedCause();
}
