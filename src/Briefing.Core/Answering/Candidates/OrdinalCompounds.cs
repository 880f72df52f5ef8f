using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// A German compound that opens with an ordinal ("Viertklässler", "Drittligist", "Zweitfrau") is what an article says with
/// the ordinal as a word of its own: "Schüler der vierten Klasse", "in der dritten Liga". The asker compresses; the
/// reporter writes it out (or the other way round), and the compound alone was missing from the article that answered.
/// </summary>
internal static partial class OrdinalCompounds
{
    /// <summary>
    /// Person nouns made of a noun with "-ler", "-ist" or "-er" ("Klässler" of Klasse, "Ligist" of Liga, "Zweitliger"): the
    /// article writes the noun they are made of. Longest first.
    /// </summary>
    private static readonly string[] PersonSuffixes = ["ler", "ist", "er"];

    private const int MinRoot = 4;

    /// <summary>
    /// The compound as its ordinal (in its -en case, "vierten", which the analyser reads like "vierte") and the forms of
    /// the rest: the rest itself and, for a person noun, the noun it is made of ("Klässler" → "Klässl", "Kläss": the
    /// analyser folds the umlaut and drops the ending, so "Klasse" meets it). Null for a word that opens with no ordinal.
    /// </summary>
    public static (string Ordinal, IReadOnlyList<string> Rests)? Of(string word)
    {
        var match = Compound().Match(word);
        if (!match.Success) return null;
        var rest = match.Groups["rest"].Value;
        var rests = new List<string> { rest };
        foreach (var suffix in PersonSuffixes)
            if (rest.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && rest.Length - suffix.Length >= MinRoot)
                rests.Add(rest[..^suffix.Length]);
        return (match.Groups["ordinal"].Value + "en", rests);
    }

    /// <summary>The rest after the ordinal is four letters at least: a word of its own, not an ending ("Viertel", "Erstens").</summary>
    [GeneratedRegex(@"^(?<ordinal>" + RankPhrases.GermanOrdinalStem + @")(?<rest>\p{L}{4,})$", RegexOptions.IgnoreCase)]
    private static partial Regex Compound();
}
