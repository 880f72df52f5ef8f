namespace Briefing.Core.Answering;

/// <summary>
/// The nouns news uses for one kind of venue, in German and English: a "which X" question asks by one of them and the
/// article writes another ("In welcher Klinik starb er?" → "Der Lenker starb im Unfallkrankenhaus Linz"; "Welches
/// Gefängnis …?" → "in der Justizanstalt Stein"). A name beside any noun of the asked kind is the asked venue, as a name
/// beside the asked noun itself is; the dictionary lists few of these as synonyms of each other.
/// </summary>
/// <remarks>
/// Only kinds whose nouns all mean the one kind of building or ground: "Haus", "Anstalt" or "Center" alone are too broad.
/// The nouns match as a word or a compound's tail (<see cref="AnswerCandidates.NearHead(string, IReadOnlyList{string}, string, NameDetector)"/>):
/// "Unfallkrankenhaus", "Landesklinikum", "Olympiastadion".
/// </remarks>
internal static class VenueKinds
{
    private static readonly string[][] Kinds =
    [
        ["Klinik", "Klinikum", "Krankenhaus", "Spital", "Hospital", "Lazarett", "clinic", "hospital", "infirmary"],
        ["Gefängnis", "Justizanstalt", "Haftanstalt", "Strafanstalt", "Justizvollzugsanstalt", "prison", "jail", "gaol", "penitentiary"],
        ["Stadion", "Arena", "stadium"],
        ["Universität", "Hochschule", "university"],
        ["Theater", "Schauspielhaus", "Opernhaus", "theatre", "theater"],
        ["Flughafen", "airport"],
        ["Bahnhof", "station"],
    ];

    /// <summary>The other nouns of the kind <paramref name="head"/> (as typed, perhaps plural) belongs to; none when it is no venue noun.</summary>
    public static IReadOnlyList<string> OthersOf(string? head)
    {
        if (head is null) return [];
        foreach (var kind in Kinds)
            if (kind.Any(noun => Text.InflectedForm.Is(head, noun, Text.InflectedForm.NounEndings)))
                return kind.Where(noun => !Text.InflectedForm.Is(head, noun, Text.InflectedForm.NounEndings)).ToList();
        return [];
    }
}
