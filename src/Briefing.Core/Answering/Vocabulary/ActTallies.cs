using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// Nouns that count people by an act each of them did (or had done to them) once: every signer leaves one signature,
/// every voter casts one vote, every arrest takes one person. "How many people signed the petition?" is answered by
/// "8.000 Unterschriften gesammelt", "Wie viele Wähler haben für die Partei gestimmt?" by "5,2 Millionen Stimmen
/// erhalten", "How many people did police arrest?" by "there had been 11 arrests": the article counts the act's
/// tallies, not the people, and names no person noun the people checks could find (<see cref="PersonNouns"/>).
/// </summary>
/// <remarks>
/// A tally counts the asked people only where the question asks about that act by its verb: "8.000 Unterschriften" says
/// nothing of how many people came to a protest, "5.2 million votes" nothing of how many voters are registered, and "11
/// arrests" nothing of how many people protested against the arrests. Each family pairs the act's verbs in both
/// languages with its tally nouns and its doers' nouns.
/// </remarks>
internal static partial class ActTallies
{
    /// <summary>
    /// Whether <paramref name="word"/> (the noun a figure counts) is a tally of an act <paramref name="question"/> asks
    /// about, and so counts the people it asks by <paramref name="askedNoun"/>: any people when they are asked by the
    /// generic word (<paramref name="generic"/>: "How many people signed …?"), else only the act's own doers ("Wie viele
    /// Wähler …?" over "Stimmen"). A tally says who did the act and nothing more: "11 arrests" does not say the arrested
    /// were the asked fans, and next to another match's report they were not.
    /// </summary>
    public static bool CountsActorsOf(string question, string askedNoun, bool generic, string word) =>
        Families.Any(f => f.Act.IsMatch(question) && f.Tally.IsMatch(word) && (generic || f.Doer.IsMatch(askedNoun)));

    private static readonly (Regex Act, Regex Tally, Regex Doer)[] Families =
    [
        (SignAct(), SignTally(), SignDoer()),
        (VoteAct(), VoteTally(), VoteDoer()),
        (ArrestAct(), ArrestTally(), ArrestDoer()),
    ];

    [GeneratedRegex(@"^(signatories|signatory|signers|unterzeichner(n|innen)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex SignDoer();

    [GeneratedRegex(@"^(voters?|wähler(n|innen)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex VoteDoer();

    [GeneratedRegex(@"^(festgenommene[n]?|verhaftete[n]?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArrestDoer();

    [GeneratedRegex(@"\b(sign|signs|signed|signing|unterschreiben|unterschrieben|unterschrieb|unterzeichnen|unterzeichnet|unterzeichneten|unterzeichnete)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignAct();

    [GeneratedRegex(@"\b(signatures|unterschriften)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignTally();

    [GeneratedRegex(@"\b(vote|voted|voting|gestimmt|stimmten|stimmte|wählten|wählte)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoteAct();

    [GeneratedRegex(@"\b(votes|stimmen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoteTally();

    [GeneratedRegex(@"\b(arrest|arrested|arresting|festgenommen|festnehmen|verhaftet|verhaften|verhafteten|verhaftete)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArrestAct();

    [GeneratedRegex(@"\b(arrests|festnahmen|verhaftungen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArrestTally();
}
