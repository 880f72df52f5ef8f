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
    /// A compound's last part that towns are made with, read in an article's sentence: the town tails and "burg", which
    /// ends towns and castles ("Offenburg", "Johannesburg") more than surnames; a common noun that ends in it is one the
    /// dictionary lists ("Hochburg"). <see cref="NameDetector.IsNameInQuestion"/>'s dictionary split keeps the town tails
    /// alone; a question's unlisted word goes through the same reading as a sentence's, so a question's "Wolfsburg" is a
    /// name too (one match question, probe40-070, moved to another report with it).
    /// </summary>
    public static bool IsTownTailInText(string tail) => IsTownTail(tail) || tail.Equals("burg", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A capitalised word of three or more letters before a town ending ("Schattendorf", "Tübingen"); "Dorf" or
    /// "Hausen" alone is no town's name.
    /// </summary>
    public static bool HasTownEnding(string word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower)) return false;
        return TownEndings.Any(ending => word.Length - ending.Length >= MinTownStem && word.EndsWith(ending, StringComparison.Ordinal));
    }

    /// <summary>The capital and at least two more letters before the ending.</summary>
    private const int MinTownStem = 3;
}
