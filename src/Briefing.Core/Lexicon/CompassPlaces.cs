namespace Briefing.Core.Lexicon;

/// <summary>
/// A region named by a compass point and a place: German writes one compound ("Südkalifornien", "Norddeutschland",
/// "Ostafrika"), English two words ("Southern California", "Northern Germany", "East Africa"). The dictionary lists a few
/// such compounds and the place on its own, so the region is the compass word and the place, each translated: "Who won
/// the primary in Southern California?" over "die Vorwahl in Südkalifornien", and back.
/// </summary>
/// <remarks>
/// "Neu" and "New" name a place as a point does, one compound in German and two words in English ("Neufrankreich", "New
/// France"; "Neuengland", "New England"). Beside them only the four points: "Süd" on its own translates as "south", which English articles seldom write before a region
/// ("Southern California", not "South California"), and "Southern" as "südlich", which German never writes before one.
/// Whether the rest is a place is the dictionary's to say (<see cref="LexiconQueryExpander"/>).
/// </remarks>
internal static class CompassPlaces
{
    private static readonly (string German, string[] English)[] Points =
    [
        ("Nord", ["Northern", "North"]),
        ("Süd", ["Southern", "South"]),
        ("Ost", ["Eastern", "East"]),
        ("West", ["Western", "West"]),
        (NewPlace, ["New"]),
    ];

    /// <summary>The shortest place worth reading after a compass point ("Asien", "Rom"); shorter rests are word endings ("Osten").</summary>
    public const int MinPlace = 4;

    /// <summary>
    /// A German compound of a compass point and a capitalised rest: "Südkalifornien" → ("Süd", "Kalifornien", ["Southern",
    /// "South"]). Null otherwise ("Südwind" splits too: the caller checks that the rest is a place).
    /// </summary>
    public static (string Point, string Place, string[] English)? SplitGerman(string word)
    {
        foreach (var (german, english) in Points)
            if (word.Length >= german.Length + MinPlace && word.StartsWith(german, StringComparison.Ordinal) && char.IsLower(word[german.Length])
                && word.Skip(german.Length).All(char.IsLetter))
                return (german, char.ToUpperInvariant(word[german.Length]) + word[(german.Length + 1)..], english);
        return null;
    }

    /// <summary>The German compass point of an English compass word ("Southern", "south" → "Süd"); null for any other word.</summary>
    /// <remarks>
    /// "New" only with its capital: the lower-case adjective before a name is no part of it ("the new England manager" is
    /// no "Neuengland"), while a lower-case point still names a region ("north Africa").
    /// </remarks>
    public static string? GermanPoint(string englishWord)
    {
        foreach (var (german, english) in Points)
            if (english.Contains(englishWord, StringComparer.OrdinalIgnoreCase))
                return german == NewPlace && !char.IsUpper(englishWord[0]) ? null : german;
        return null;
    }

    private const string NewPlace = "Neu";
}
