using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// The relation a question asks, as an article may word it otherwise: "Wann wurde Milena verhaftet?" is answered by
/// "bis zu ihrer Verhaftung am 12. November 1939", "When are the awards to be handed over?" by "The awards will be
/// presented on 3 December", "When's Edu supposed to sit down with Arsenal?" by "There is a meeting planned for 6 or 7
/// January", "Wie viel Geld ist in die Renaturierung geflossen?" by "Insgesamt wurden 14,5 Millionen Euro investiert".
/// The dictionary knows none of these as synonyms (its synonyms of "verliehen" are "geliehen", "ausgeliehen"), and a
/// sentence that shows none of the question's words besides its names was read as not saying what is asked
/// (<see cref="CandidateSentence.ShowsPredicate"/>).
/// </summary>
/// <remarks>
/// The relations news reports in many words, each as the words a question asks it by and the stems a sentence shows it
/// by, in both languages (verb, its action noun and its doer noun): besides the list below, the relations
/// <see cref="AskedRelation"/> reads for who-questions (coached / Trainer, chaired / Vorsitzender) and the roles
/// <see cref="PeopleRoles"/> reads for counted people (festgenommen / arrest, starben / Todesopfer). Only a relation the
/// question asks counts, so a sentence does not show every question's predicate by naming a meeting or a prize.
/// </remarks>
internal static partial class RelationParaphrases
{
    private static readonly AskedAndShown Reply = new(ReplyAsked(), ReplyShown());
    /// <summary>A post taken over; also one act of a family that excludes the others as an answer (<see cref="ActFamilies"/>).</summary>
    internal static readonly AskedAndShown Succeeded = new(SucceededAsked(), SucceededShown());
    /// <summary>A birth; also one act of a family that excludes the others as an answer (<see cref="ActFamilies"/>).</summary>
    internal static readonly AskedAndShown Born = new(BornAsked(), BornShown());
    private static readonly AskedAndShown Led = new(LedAsked(), LedShown());
    private static readonly AskedAndShown Scored = new(ScoredAsked(), ScoredShown());
    private static readonly AskedAndShown Claimed = new(ClaimedAsked(), ClaimedShown());

    private static readonly AskedAndShown[] NewsRelations =
    [
        new(AwardGivenAsked(), AwardGivenShown()),
        new(AwardWonAsked(), AwardWonShown()),
        new(MeetingAsked(), MeetingShown()),
        new(CaughtAsked(), CaughtShown()),
        Born,
        new(PenaltyAsked(), PenaltyShown()),
        Reply,
        new(InvestedAsked(), InvestedShown()),
        new(PerformedAsked(), PerformedShown()),
        Succeeded,
        Led,
        Scored,
        Claimed,
    ];

    /// <summary>
    /// The relations whose doer a name right beside the relation's word reliably is (<see cref="RelationDoers"/>): a post
    /// taken over, an organisation led, a reply, an attack claimed. Not a prize or a win, whose word a report writes beside
    /// every winner it lists ("Christopher Oram won the design award" for "Who won best actor?"); nor a goal, whose word a
    /// match report writes beside every scorer ("Gravesen scored his first goal for Real" for the other side's scorer).
    /// </summary>
    public static IReadOnlyList<AskedAndShown> WithDoerIn(string question) =>
        DoerRelations.Where(r => r.Asked.IsMatch(question)).ToList();

    private static readonly AskedAndShown[] DoerRelations = [Reply, Succeeded, Led, Claimed];

    /// <summary>The relations <paramref name="question"/> asks by its words; none when it asks none of them.</summary>
    public static IReadOnlyList<AskedAndShown> AskedIn(string question) => AllRelations.Where(r => r.Asked.IsMatch(question)).ToList();

    /// <summary>This file's relations, the who-relations and the counted people's roles, joined once.</summary>
    private static readonly AskedAndShown[] AllRelations = [.. NewsRelations, .. AskedRelation.Relations, .. PeopleRoles.Roles];

    /// <summary>Whether <paramref name="sentence"/> shows one of the <paramref name="asked"/> relations in its own words.</summary>
    public static bool AnyShownIn(IReadOnlyList<AskedAndShown> asked, string sentence)
    {
        foreach (var relation in asked)
            if (relation.Shown.IsMatch(sentence)) return true;
        return false;
    }

    /// <summary>A prize or title given: "verliehen", "vergeben", "überreicht", "awarded", "presented", "handed over".</summary>
    [GeneratedRegex(@"\b(verliehen|verleiht|verlieh|verleihen|vergeben|vergibt|vergab|überreicht|überreichte|überreichen|awarded|presented|handed\s+(over|out)|hand\s+(over|out)|bestowed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AwardGivenAsked();

    [GeneratedRegex(@"(verlieh|verleih|vergeben|vergab|vergibt|überreich|preisträger|awarded|presented|handed\s+(over|out)|bestow|ceremony|zeremonie|\bgala\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AwardGivenShown();

    /// <summary>
    /// A prize won or received, asked by a verb as plain as "get" ("Which Grammy did Britney Spears get?") and
    /// reported as "picked up", "took home", "scooped": only when the question names the prize kind.
    /// </summary>
    [GeneratedRegex(@"^(?=.*\b(awards?|prizes?|grammys?|oscars?|emmys?|baftas?|medals?|troph(y|ies)|preis\p{L}*|auszeichnung\p{L}*|medaille\p{L}*|trophäe\p{L}*)\b)(?=.*\b(won|win|wins|get|gets|got|receive[ds]?|receiving|picked\s+up|pick\s+up|took\s+home|take\s+home|gewann|gewonnen|gewinnt|gewinnen|erhielt|erhalten|erhält|bekam|bekommen|bekommt)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AwardWonAsked();

    [GeneratedRegex(@"(\bwon\b|\bwins?\b|winner|took\s+home|picked\s+up|scoop|collect|receiv|gewann|gewonnen|gewinn|erhielt|erhalten|bekam|bekommen|ausgezeichnet|honou?red|preisträger|sieger)", RegexOptions.IgnoreCase)]
    private static partial Regex AwardWonShown();

    /// <summary>A meeting: "meet", "sit down with", "treffen"; reported as "a meeting", "talks", "ein Gespräch", "Gipfel".</summary>
    [GeneratedRegex(@"\b(meet|meets|meeting|met|sit\s+down\s+with|talks\s+with|treffen|trifft|traf|trafen|getroffen|zusammentreffen|zusammenkommen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingAsked();

    [GeneratedRegex(@"(\bmeet|\bmet\b|\btalks\b|\btreff|\btraf|getroffen|gespräch|zusammentr|zusammenkunft|zusammenkommen|zusammenkam|sitzung|summit|gipfel|\bsit\s+down)", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingShown();

    /// <summary>A fugitive caught, which reports call an arrest ("Where did police catch …?" / "festgenommen").</summary>
    [GeneratedRegex(@"\b(caught|catch|captured?|apprehended|gefasst|geschnappt|ergriffen|gefangen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaughtAsked();

    [GeneratedRegex(@"(festgenommen|festnahme|festnehm|verhaft|gefasst|geschnappt|in\s+gewahrsam|arrest|detain|custody|caught|captur|apprehen)", RegexOptions.IgnoreCase)]
    private static partial Regex CaughtShown();

    /// <summary>A birth: "geboren", "born", "kam zur Welt"; reported as any of these or as "Geburt", "gebürtig".</summary>
    [GeneratedRegex(@"\b(born|geboren|zur\s+welt|birth|geburt\p{L}*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BornAsked();

    [GeneratedRegex(@"(\bborn\b|geboren|zur\s+welt|geburt|\bbirth|gebürtig)", RegexOptions.IgnoreCase)]
    private static partial Regex BornShown();

    /// <summary>A penalty kick, by any of football's names for it: "Elfer", "Elfmeter", "Strafstoß", "penalty", "spot-kick".</summary>
    [GeneratedRegex(@"\b(elfer|elfmeter\p{L}*|strafstoß\p{L}*|penalty|penalties|spot[\s-]kicks?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PenaltyAsked();

    [GeneratedRegex(@"(elfer|elfmeter|strafstoß|penalt|spot[\s-]kick|vom\s+punkt|from\s+the\s+spot)", RegexOptions.IgnoreCase)]
    private static partial Regex PenaltyShown();

    /// <summary>A reply to criticism: "geantwortet", "reagiert", "responded"; reported as "reagierte", "Reaktion", "hit back".</summary>
    [GeneratedRegex(@"\b(antwortet\p{L}*|geantwortet|reagiert\p{L}*|respond\p{L}*|replied|reply|replies|reacted|react|reacts|answered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyAsked();

    [GeneratedRegex(@"(antwort|reagier|reaktion|respon|repl(y|ied|ies)|react|entgegnet|konter|hit\s+back|countered|retort)", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyShown();

    /// <summary>Money put into something: "geflossen", "gesteckt", "put into", "spent"; reported as "investiert", "ausgegeben".</summary>
    [GeneratedRegex(@"\b(geflossen|fließt|floss|flossen|gesteckt|investiert\p{L}*|invest|invests|invested|investing|put\s+into|poured|pumped|spent|spend|spends|ausgegeben)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InvestedAsked();

    [GeneratedRegex(@"(invest|gesteckt|geflossen|fließ|\bfloss|ausgegeben|ausgaben|\bspent\b|spending|\bpoured|pumped)", RegexOptions.IgnoreCase)]
    private static partial Regex InvestedShown();

    /// <summary>A musician's appearance: "playing", "performs", "tritt auf"; reported as "a concert", "gig", "Auftritt".</summary>
    [GeneratedRegex(@"\b(play|plays|playing|played|perform|performs|performing|performed|sing|sings|singing|sang|auftreten|aufgetreten|gastiert\p{L}*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerformedAsked();

    [GeneratedRegex(@"(concert|\bgigs?\b|konzert|auftritt|aufgetreten|auftreten|\bperform|\btour\b|tournee|gastier)", RegexOptions.IgnoreCase)]
    private static partial Regex PerformedShown();
    /// <summary>
    /// A post taken over from someone: "replaced", "stepped in for", "took over", "ersetzte", "übernahm", "folgt auf";
    /// reported by any of these or by the successor's noun ("wird sein Nachfolger", "the new chief executive").
    /// </summary>
    [GeneratedRegex(@"\b(replac\p{L}*|succeed\p{L}*|successor|step(s|ped)?\s+in|took\s+over|take[sn]?\s+over|taking\s+over|ersetz\p{L}*|nachfolge\p{L}*|folg\p{L}*\s+auf|übernimmt|übernahm|übernommen|übernehmen|beerb\p{L}*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SucceededAsked();

    [GeneratedRegex(@"(replac|succe(ed|ss)|\bstep(s|ped)?\s+in\b|\btook\s+over|\btake[sn]?\s+over|\btaking\s+over|in\s+place\s+of|ersetz|nachfolge|\bfolg\p{L}*\s+auf\b|übernimmt|übernahm|übernomm|übernehm|beerb|anstelle|\bneue[rn]?\s+(chef|leiter|präsident|direktor|intendant)|\bnew\s+(chief|boss|head|director|chairman|president|manager|coach))", RegexOptions.IgnoreCase)]
    private static partial Regex SucceededShown();

    /// <summary>Leading an organisation or a team: "leads", "runs", "heads", "leitet", "führt"; reported by the verb or the head's noun ("Chef", "director", "an der Spitze").</summary>
    [GeneratedRegex(@"\b(leads|leading|led|runs|running|ran|heads|headed|heading|leitet\p{L}*|geleitet|führt|führte|geführt|führen|angeführt|anführt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LedAsked();

    [GeneratedRegex(@"(\bleads?\b|\bled\b|leader|\bruns\b|\bran\b|\bheads?\b|\bheaded\b|leitet|leitung|leiter|\bführt|geführt|\bchef|\bboss|\bchief|director|direktor|präsident|president|chair|vorsitz|an\s+der\s+spitze|at\s+the\s+helm)", RegexOptions.IgnoreCase)]
    private static partial Regex LedShown();

    /// <summary>A goal or try: "scored", "netted", "traf", "erzielte", "glich aus"; reported by the verb, "goal", "Treffer", "Tor".</summary>
    [GeneratedRegex(@"\b(scored|scores|scoring|netted|traf|trafen|trifft|erzielte|erzielt|ausgeglichen|glich\s+\p{L}*\s*aus)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScoredAsked();

    [GeneratedRegex(@"(\bscor|\bgoals?\b|\bnet(ted|s)?\b|\btries\b|\btry\b|touchdown|equali[sz]|header|\btraf\b|\btrafen\b|\btrifft\b|treffer|\btor(e|es)?\b|erzielt|ausgeglichen|\bglich\b|kopfball|verwandelt|verwertet)", RegexOptions.IgnoreCase)]
    private static partial Regex ScoredShown();

    /// <summary>Who is behind an attack: "behind", "responsible", "steckt hinter"; reported as "claimed responsibility", "bekannte sich", "Urheber".</summary>
    [GeneratedRegex(@"\b(behind|responsib\p{L}*|verantwortlich|steck\p{L}*\s+hinter|hinter\s+(dem|den|der)\s+\p{L}+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimedAsked();

    [GeneratedRegex(@"(claim\p{L}*\s+responsib|responsib|bekannte\s+sich|bekannt\s+hat|bekennt\s+sich|verantwort|urheber|perpetrat|\bbehind\b|hinter\s+(dem|den|der)\s+(anschlag|angriff|attentat|hack))", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimedShown();
}
