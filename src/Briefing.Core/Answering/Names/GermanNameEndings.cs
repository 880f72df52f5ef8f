namespace Briefing.Core.Answering;

/// <summary>
/// The last parts German surnames and place names are made with. One list for the two readers: the name detector, which
/// must not take "Rosenberg" or "Altenfeld" for a compound of common words, and the place reader, which takes an unknown
/// word after "in"/"neben"/"von" for a town when its ending is one few surnames have ("Nickelsdorf", "Tübingen").
/// </summary>
internal static class GermanNameEndings
{
    /// <summary>Endings of towns that are rarely a surname's: Nickelsdorf, Recklinghausen, Gelsenkirchen, Tübingen, Erfurt.</summary>
    private static readonly string[] TownEndings = ["dorf", "hausen", "kirchen", "ingen", "brunn", "hofen", "stetten", "furt", "weiler"];

    /// <summary>Endings that surnames and places share: Hartmann, Rosenberg, Bergheim, Altenfeld, Müller.</summary>
    private static readonly string[] SharedEndings =
    [
        "mann", "berg", "burg", "stein", "bach", "heim", "feld", "wald", "thal", "tal", "hof", "kirch", "hagen", "stadt", "brück",
        "brücke", "see", "haus", "bauer", "meier", "mayer", "maier", "huber", "müller",
    ];

    private static readonly HashSet<string> NameTails = new([.. TownEndings, .. SharedEndings], StringComparer.OrdinalIgnoreCase);

    /// <summary>A compound's last part that names are made with ("berg", "dorf"): the compound may be a name.</summary>
    public static bool IsNameTail(string tail) => NameTails.Contains(tail);

    /// <summary>A compound's last part that towns are made with and common nouns rarely are ("furt", "hausen").</summary>
    public static bool IsTownTail(string tail) => TownEndings.Contains(tail, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The town ending a capitalised word ends in where a sentence writes a place ("in Offenburg", "nach Oberhausen"; see
    /// <see cref="NameDetector"/>): the town endings and "burg"; null when it has none. The word as written, for the
    /// index's analysed compound tail has lost the ending's "-en" ("hausen" is "haus", "kirchen" "kirch"). "burg" is no
    /// <see cref="IsTownTail"/>: it ends surnames and common nouns as well ("Habsburg", "Hochburg", "Sandburg"), and only a
    /// preposition of place with no article before it makes such a word a town's name.
    /// </summary>
    public static string? TownEndingInText(string word) => EndingOf(word, TownEndingsInText);

    private static readonly string[] TownEndingsInText = [.. TownEndings, "burg"];

    /// <summary>
    /// A capitalised word of three or more letters before a town ending ("Schattendorf", "Tübingen"); "Dorf" or
    /// "Hausen" alone is no town's name.
    /// </summary>
    public static bool HasTownEnding(string word) => EndingOf(word, TownEndings) is not null;

    private static string? EndingOf(string word, string[] endings)
    {
        if (word.Length == 0 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower)) return null;
        return endings.FirstOrDefault(ending => word.Length - ending.Length >= MinTownStem && word.EndsWith(ending, StringComparison.Ordinal));
    }

    /// <summary>The capital and at least two more letters before the ending.</summary>
    private const int MinTownStem = 3;
}
