using System.Collections.Frozen;

namespace Briefing.Core.Text;

/// <summary>
/// A noun as written or with an inflection ending after it ("Schulen" of "Schule", "Flusses" of "Fluss", "schools" of
/// "school"). Callers differ in which endings they allow (a plural or genitive s only, or every German noun ending), so
/// the endings are data and the check is one.
/// </summary>
public static class InflectedForm
{
    /// <summary>A genitive or plural s ("Flusses", "hotels"): not an -e or -n, which in German begin other words too.</summary>
    public static readonly FrozenSet<string> SEndings = Endings("", "s", "es");

    /// <summary>The plural and case endings of German and English nouns ("Schulen", "Proteste", "Protests", "schools").</summary>
    public static readonly FrozenSet<string> NounEndings = Endings("", "s", "e", "n", "en", "es");

    /// <summary>
    /// <see cref="NounEndings"/> and those of German person nouns made from a noun's tail: the female form ("Gründerin",
    /// "Gründerinnen") and the agent ("Firmengründer", "-gründern").
    /// </summary>
    public static readonly FrozenSet<string> PersonNounEndings = Endings("", "s", "e", "n", "en", "es", "in", "innen", "er", "ern");

    /// <summary>The declension endings of a German adjective, or none ("kanadisch", "kanadische", "ukrainischen", "walisischem").</summary>
    public static readonly FrozenSet<string> AdjectiveEndings = Endings("", "e", "en", "er", "es", "em");

    /// <summary>True when <paramref name="word"/> is <paramref name="noun"/> (in any case) followed by one of <paramref name="endings"/>.</summary>
    public static bool Is(string word, string noun, FrozenSet<string> endings) =>
        word.StartsWith(noun, StringComparison.OrdinalIgnoreCase) && IsEnding(word[noun.Length..], endings);

    /// <summary>True when the letters after a noun (in any case) are one of <paramref name="endings"/>.</summary>
    public static bool IsEnding(string rest, FrozenSet<string> endings) => endings.Contains(rest.ToLowerInvariant());

    private static FrozenSet<string> Endings(params string[] endings) => endings.ToFrozenSet(StringComparer.Ordinal);
}
