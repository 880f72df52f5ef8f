using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// Acts news tells of one subject that answer different questions though they share its names and its kind of answer:
/// "Where was Dan O'Herlihy born?" is not answered by "O'Herlihy … died at his home in Malibu", "Who took over from
/// Yoran?" not by "Yoran left his post abruptly", "Wann wurde das Bad eröffnet?" not by the day it was closed, "When was
/// he released?" not by the day he was arrested. A sentence that writes another act of the asked one's family and not
/// the asked one tells of another event of the subject; one that writes neither may word the asked act otherwise.
/// </summary>
/// <remarks>
/// Only acts that exclude one another: a sale and a purchase, a win and a loss are one event seen from its two sides
/// ("X sold the stake to Y" names the buyer; "X lost the final to Y" the winner), so they are no family here. The
/// post taken over is the list of <see cref="RelationParaphrases"/>; the birth, the death and the arrest have their own
/// word-bounded forms here. Those lists were written for recall: a "Leichenfund", "bodies were recovered", "held" for
/// people counted or a "Geburtsort" rightly show their relation there, but as a veto a stray "gleichen", "governing
/// bodies", "tote bag", "Geburtstag" or "the Ryder Cup will be held" would make the bot abstain, and tightening them
/// would take those matches from the readers that need them.
/// </remarks>
internal static partial class ActFamilies
{
    private static readonly AskedAndShown Born = new(BornAsked(), BornShown());
    private static readonly AskedAndShown Died = new(PeopleRoles.Killed.Asked, DiedShown());
    private static readonly AskedAndShown Succeeded = new(RelationParaphrases.Succeeded.Asked, SucceededShown());
    private static readonly AskedAndShown Arrested = new(ArrestedAsked(), PeopleRoles.Arrested.Shown);
    private static readonly AskedAndShown Left = new(LeftAsked(), LeftShown());
    private static readonly AskedAndShown Opened = new(OpenedAsked(), OpenedShown());
    private static readonly AskedAndShown Closed = new(ClosedAsked(), ClosedShown());
    private static readonly AskedAndShown Released = new(ReleasedAsked(), ReleasedShown());

    private static readonly AskedAndShown[][] Families =
    [
        [Born, Died],
        [Succeeded, Left],
        [Opened, Closed],
        [Arrested, Released],
    ];

    /// <summary>
    /// The act of a family <paramref name="question"/> asks (exactly one of the family: "Who replaced him after he
    /// resigned?" asks both, and either may be written), and the other acts of that family; none when it asks none.
    /// </summary>
    public static IEnumerable<(AskedAndShown Asked, IReadOnlyList<AskedAndShown> Others)> AskedIn(string question)
    {
        foreach (var family in Families)
        {
            var asked = family.Where(a => a.Asked.IsMatch(question)).ToList();
            if (asked.Count == 1) yield return (asked[0], family.Where(a => a != asked[0]).ToList());
        }
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> tells another act of the family of the one <paramref name="question"/> asks and
    /// not the asked act itself (<see cref="ActFamilies"/>). False when the question asks no act of a family.
    /// </summary>
    public static bool TellsAnotherAct(string question, string sentence) =>
        AskedIn(question).Any(f => !f.Asked.Shown.IsMatch(sentence) && f.Others.Any(o => o.Shown.IsMatch(sentence)));

    /// <summary>Whether <paramref name="sentence"/> writes an act of a family that <paramref name="question"/> asks.</summary>
    public static bool TellsAskedAct(string question, string sentence) => AskedIn(question).Any(f => f.Asked.Shown.IsMatch(sentence));

    /// <summary>
    /// A post or place left: "left the club", "quit", "resigned", "stepped down", "verließ", "trat zurück". Not "leave" itself,
    /// which a question writes as a noun as often ("the Parental Leave directive", "on sick leave"), and "left" only before
    /// what was left ("left the post", "left Arsenal"): "left out of the squad", "left behind", "the time left" leave nothing ("after he left" still asks it).
    /// </summary>
    [GeneratedRegex(@"\b(left\s+(the|his|her|their|its|office|(?-i:\p{Lu}))|leaving\s+(the|his|her|their|its|office|(?-i:\p{Lu}))|quit|quits|resign\p{L}*|step(s|ped)?\s+down|(after|since|when|before|once)\s+(\p{L}+\s+){1,3}left|verlässt|verließ|verlassen|zurückgetreten|zurücktreten|tritt\s+zurück|trat\s+zurück|abgetreten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeftAsked();

    /// <summary>Word-bounded: "quite" is no "quit"; "left" the side ("left foot", "left-back", "on the left") leaves nothing.</summary>
    [GeneratedRegex(@"(\bleft\b(?!-|\s+(foot|footed|wing|winger|back|hand|handed|side|flank)\b)(?<!\b(the|on|to|far)\s+left)|\bleav(e|es|ing)\b|\bquit(s|ting)?\b|\bresign\p{L}*|\bstep(s|ped)?\s+down\b|\bdeparture\b|\bdeparted\b|\bverlässt\b|\bverließ\b|\bverlassen\b|\brücktritt\p{L}*|\bzurückgetreten\b|\bzurücktreten\b|\btr(itt|at)\s+(\p{L}+\s+){0,3}zurück\b|\babgang\p{L}*|\babschied\p{L}*)", RegexOptions.IgnoreCase)]
    private static partial Regex LeftShown();

    /// <summary>
    /// A place or event opened: "opened", "eröffnet", "sperrt auf". "open" only in lower case: "the Australian Open", "the
    /// Generali Open" name a tournament, not its opening.
    /// </summary>
    [GeneratedRegex(@"\b((?-i:open)|opens|opened|opening(?=\s+(of|ceremony|date|day)\b)|reopen\p{L}*|eröffnet\p{L}*|eröffnen|öffnet\p{L}*|öffnen|geöffnet|aufgesperrt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpenedAsked();

    /// <summary>
    /// Word-bounded, and "open" as a verb only ("will open", "to open"): "open to offers", "an open letter", "the US Open"
    /// open nothing; "opening" only as an act done to something ("opening the museum", "the opening of"), not "the opening
    /// goal" or "after opening 2008 above 15,000", where a market opens and closes every day.
    /// </summary>
    [GeneratedRegex(@"(\bopen(s|ed)\b|\b(to|will|would|did|could|can|may|might|must|should|shall)\s+(re)?open\b|\bopening\s+(of|the|its|his|her|their|a|an|ceremony)\b|\breopen\p{L}*|\beröffn\p{L}*|\böffnet\p{L}*|\böffnen\b|\bgeöffnet\b|\baufgesperrt\b|\bsperrt\s+(\p{L}+\s+){0,3}auf\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OpenedShown();

    /// <summary>
    /// A place closed or shut: "closed", "geschlossen", "dichtgemacht", "stillgelegt". "close" only as the verb: not the
    /// adjective ("a close friend", "close ties", "close to the border", "close to buying"), and not a market's daily close
    /// at a level ("did the Nikkei close at …", "close higher"); "schloss" only in lower case, not the castle ("im Schloss").
    /// </summary>
    [GeneratedRegex(@"\b(closes|closed|closing\s+(down|the|its|of)|shut|shuts|schließt|schließen|geschlossen|zugesperrt|dichtgemacht|stillgelegt|(?-i:schloss))\b|(?<!\b(a|an|the|very|so|too|as|more|most|how)\s+)\bclose\b(?!-|\s+(to|ties|tie|friends?|ally|allies|aides?|associates?|links?|relations?|relationship|race|contest|call|range|by|at|higher|lower|up|contact|second|third|look|eye|watch|attention)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosedAsked();

    /// <summary>
    /// Word-bounded: "schließlich", "anschließend", "ausschließlich" close nothing, nor a "shuttle", "abgeschlossen" (a deal
    /// concluded) or the adjective "close" ("a close final", "close to"); "close" counts only after a modal or "to".
    /// </summary>
    [GeneratedRegex(@"(\bclos(ed|es|ure|ures)\b|\bclosing\s+(down|the|its|his|her|their|of)\b|\b(to|will|would|did|could|can|may|might|must|should|shall)\s+close\b|\bshut(s|ting)?\b|\bshutdown\b|\bschließ(t|en|ung|ungen)\b|(?-i:\bschloss\b)|\bgeschlossen\b|\bzugesperrt\b|\bdichtgemacht\b|\bstilllegung\p{L}*|\bstillgelegt\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosedShown();

    /// <summary>
    /// Someone set free: "freed", "freigelassen", "released from jail" (not a bare "released", which news writes of films and
    /// figures; nor a bare "entlassen", which German news writes of a coach or workers fired); a pardon frees too ("sechs
    /// inhaftierte Oppositionsführer begnadigt").
    /// </summary>
    [GeneratedRegex(@"\b(freed|freigelassen|freilassen|freigekommen|begnadigt|pardoned|auf\s+freien\s+fuß|haftentlassen\p{L}*)\b|\breleased\s+(from|on\s+bail|without)\b|\b(haft|gefängnis|gewahrsam)\p{L}*\b.*\bentlassen\b|\bentlassen\b.*\b(haft|gefängnis|gewahrsam)", RegexOptions.IgnoreCase)]
    private static partial Regex ReleasedAsked();

    [GeneratedRegex(@"(\bfreed\b|\bfreigelassen\b|\bfreilassung\p{L}*|\bfreigekommen\b|\bbegnadig\p{L}*|\bpardon(ed|s)?\b|\bauf\s+freien\s+fuß|\breleased\s+(from|on\s+bail|without)\b|\bon\s+bail\b|\bkaution\b|\bhaftentlass\p{L}*|\b(haft|gefängnis|gewahrsam)\p{L}*\b.*\bentlassen\b|\bentlassen\b.*\b(haft|gefängnis|gewahrsam))", RegexOptions.IgnoreCase)]
    private static partial Regex ReleasedShown();

    /// <summary>
    /// Someone arrested, as PeopleRoles reads it but without "held", which a question writes of events ("Where will the
    /// next Ryder Cup be held?") as often as of prisoners; "held hostage", "held in custody" still ask it.
    /// </summary>
    [GeneratedRegex(@"\b(festgenommen|verhaftet|inhaftiert|arrested|detained|held\s+(hostage|captive|prisoner|in\s+custody|without\s+charge))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArrestedAsked();

    /// <summary>A birth asked, as RelationParaphrases reads it but without "Geburtstag": a birthday asked is no birth.</summary>
    [GeneratedRegex(@"\b(born|geboren|zur\s+welt|birth|birthplace|geburt|geburten|geburts(?!tag)\p{L}+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BornAsked();

    /// <summary>A birth, word-bounded: not a "Geburtstag" or a "birthday", which are no birth told.</summary>
    [GeneratedRegex(@"(\bborn\b|geboren\b|\bzur\s+welt\b|\bgeburt(en)?\b|\bgeburts(?!tag)\p{L}+|\bbirth(s|place)?\b|\bgebürtig\p{L}*)", RegexOptions.IgnoreCase)]
    private static partial Regex BornShown();

    /// <summary>
    /// A death, word-bounded: "gleichen" holds no "leichen", "governing bodies" and a "tote bag" no dead; "Tote" only as the
    /// German noun, capitalised.
    /// </summary>
    [GeneratedRegex(@"\b(getötet|starb|starben|gestorben|ums\s+leben|tot|(?-i:Tote[nr]?)|todesopfer|leiche|leichen|erschoss|erschossen|erstach|erstochen|ermordet|umgebracht|killed|died|dead|deaths|death\s+toll|perished|fatalit(y|ies)|murdered|to\s+death)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DiedShown();

    /// <summary>
    /// A post taken over, as RelationParaphrases shows it but word-bounded at "succe…": a "success" or a "successful" bid
    /// takes over nothing.
    /// </summary>
    [GeneratedRegex(@"(\breplac\p{L}*|\bsucce(ed\p{L}*|ssor\p{L}*|ssion)|\bstep(s|ped)?\s+in\b|\btook\s+over|\btake[sn]?\s+over|\btaking\s+over|in\s+place\s+of|ersetz|nachfolge|\bfolg\p{L}*\s+auf\b|übernimmt|übernahm|übernomm|übernehm|beerb|anstelle|\bneue[rn]?\s+(chef|leiter|präsident|direktor|intendant)|\bnew\s+(chief|boss|head|director|chairman|president|manager|coach))", RegexOptions.IgnoreCase)]
    private static partial Regex SucceededShown();
}
