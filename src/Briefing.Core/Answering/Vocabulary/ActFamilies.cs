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
/// ("X sold the stake to Y" names the buyer; "X lost the final to Y" the winner), so they are no family here. The birth,
/// the death, the post taken over and the arrest are the lists of <see cref="RelationParaphrases"/> and <see cref="PeopleRoles"/>.
/// </remarks>
internal static partial class ActFamilies
{
    private static readonly AskedAndShown Left = new(LeftAsked(), LeftShown());
    private static readonly AskedAndShown Opened = new(OpenedAsked(), OpenedShown());
    private static readonly AskedAndShown Closed = new(ClosedAsked(), ClosedShown());
    private static readonly AskedAndShown Released = new(ReleasedAsked(), ReleasedShown());

    private static readonly AskedAndShown[][] Families =
    [
        [RelationParaphrases.Born, PeopleRoles.Killed],
        [RelationParaphrases.Succeeded, Left],
        [Opened, Closed],
        [PeopleRoles.Arrested, Released],
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
    /// A post or place left: "left", "quit", "resigned", "stepped down", "verließ", "trat zurück". Not "leave" itself, which
    /// a question writes as a noun as often ("the Parental Leave directive", "on sick leave").
    /// </summary>
    [GeneratedRegex(@"\b(left|leaving|quit|quits|resign\p{L}*|step(s|ped)?\s+down|verlässt|verließ|verlassen|zurückgetreten|zurücktreten|tritt\s+zurück|trat\s+zurück|abgetreten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeftAsked();

    [GeneratedRegex(@"(\bleft\b|\bleav(e|es|ing)\b|\bquit|resign|step(s|ped)?\s+down|departure|\bdeparted|verlässt|verließ|verlassen|rücktritt|zurückgetreten|zurücktreten|\btr(itt|at)\s+(\p{L}+\s+){0,3}zurück\b|\babgang|\babschied)", RegexOptions.IgnoreCase)]
    private static partial Regex LeftShown();

    /// <summary>A place or event opened: "opened", "eröffnet", "sperrt auf".</summary>
    [GeneratedRegex(@"\b(open|opens|opened|opening|eröffnet\p{L}*|eröffnen|öffnet\p{L}*|öffnen|geöffnet|aufgesperrt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpenedAsked();

    [GeneratedRegex(@"(\bopen|eröffn|öffnet|öffnen|geöffnet|aufgesperrt|\bsperrt\s+(\p{L}+\s+){0,3}auf\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OpenedShown();

    /// <summary>A place closed or shut: "closed", "geschlossen", "dichtgemacht", "stillgelegt".</summary>
    [GeneratedRegex(@"\b(close|closes|closed|closing|shut|shuts|schließt|schloss|schließen|geschlossen|zugesperrt|dichtgemacht|stillgelegt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClosedAsked();

    [GeneratedRegex(@"(\bclos(e|ed|es|ing|ure)\b|\bshut|schließ|\bschloss\b|geschlossen|zugesperrt|dichtgemacht|stilllegung|stillgelegt)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosedShown();

    /// <summary>
    /// Someone set free: "freed", "freigelassen", "released from jail" (not a bare "released", which news writes of films and
    /// figures); a pardon frees too ("sechs inhaftierte Oppositionsführer begnadigt").
    /// </summary>
    [GeneratedRegex(@"\b(freed|freigelassen|freilassen|freigekommen|entlassen|begnadigt|pardoned|auf\s+freien\s+fuß)\b|\breleased\s+(from|on\s+bail|without)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReleasedAsked();

    [GeneratedRegex(@"(\bfreed\b|freigelassen|freilassung|freigekommen|entlassen|begnadig|pardon|auf\s+freien\s+fuß|released\s+(from|on\s+bail|without)|\bon\s+bail\b|kaution)", RegexOptions.IgnoreCase)]
    private static partial Regex ReleasedShown();
}
