using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A name joined by a hyphen to a noun that ends the compound: "das Al-Kuds-Krankenhaus" is a Krankenhaus called
/// Al-Kuds, "ein Samsung-Smartphone" a smartphone made by Samsung. The compound says what the name is as surely as
/// an apposition does ("das Spital Al-Kuds"), so a name compounded with a word for the asked noun is the asked one,
/// even when that word is a synonym or translation the dictionary gives ("Welches Spital …?" → Krankenhaus): a
/// dictionary's other senses seldom make such a compound with a name.
/// </summary>
internal static partial class NameCompounds
{
    /// <summary>The name keys (<see cref="AnswerCandidates.NameKey"/>) of the capitalised parts before a hyphen whose compound ends in one of <paramref name="nouns"/>.</summary>
    public static IReadOnlySet<string> With(string text, IReadOnlyList<string> nouns)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (nouns.Count == 0) return keys;
        foreach (Match compound in Compound().Matches(text))
        {
            var parts = compound.Value.Split('-');
            var tail = parts[^1];
            if (!nouns.Any(n => n.Length >= MinNoun && tail.StartsWith(n, StringComparison.OrdinalIgnoreCase)
                                && InflectedForm.IsEnding(tail[n.Length..], InflectedForm.NounEndings))) continue;
            // Every part before the noun is capitalised and no function word: "Al-Kuds-", not "die Anti-Terror-" or "Ex-".
            var names = parts[..^1];
            if (names.All(p => p.Length > 0 && char.IsUpper(p[0]) && !FunctionWords.IsFunctionWord(p)))
                keys.UnionWith(names.Select(AnswerCandidates.NameKey));
        }
        return keys;
    }

    /// <summary>
    /// The keys of <paramref name="names"/> (name keys, <see cref="AnswerCandidates.NameKey"/>) written as one word that ends in
    /// one of <paramref name="nouns"/>: "im Wiener Metrokino" is a Kino called Metro, "die Innsbrucker Olympiahalle" a Halle.
    /// German closes such a compound as often as it hyphens it (<see cref="With"/>); the name detector has read the word as a
    /// name already, so its tail says what the name is.
    /// </summary>
    /// <remarks>
    /// Not a compound the dictionary lists as a common word ("Tageszeitung" for "Welche Zeitung …?", "Hauptstadt" for
    /// "Welche Stadt …?"): that is a kind of the noun, no name of one. Nor by a noun place names are made with ("Land",
    /// "Stadt", "Berg"): "Irland", "Darmstadt" end in it whatever the question asks, and mark no country or town over
    /// "Frankreich" or "München".
    /// </remarks>
    public static IReadOnlySet<string> Closed(IReadOnlySet<string> names, IReadOnlyList<string> nouns, string language, NameDetector detector) =>
        nouns.Count == 0 ? new HashSet<string>()
            : names.Where(k => nouns.Any(n => n.Length >= MinClosedNoun && !MakesPlaceNames(n) && EndsIn(k, AnswerCandidates.NameKey(n)))
                               && detector.IsCommonWord(char.ToUpperInvariant(k[0]) + k[1..], language) != true).ToHashSet(StringComparer.Ordinal);

    private static bool MakesPlaceNames(string noun) =>
        GermanNameEndings.IsNameTail(noun) || PlaceForms.PlaceOnlyEndings.Contains(noun.ToLowerInvariant());

    /// <summary>The key is a word of at least <see cref="MinClosedHead"/> letters with the noun, perhaps inflected, as its tail.</summary>
    private static bool EndsIn(string key, string noun)
    {
        for (var at = MinClosedHead; at <= key.Length - noun.Length; at++)
            if (string.CompareOrdinal(key, at, noun, 0, noun.Length) == 0 && InflectedForm.IsEnding(key[(at + noun.Length)..], InflectedForm.NounEndings))
                return true;
        return false;
    }

    /// <summary>"Kino", "Halle": a shorter noun ("Amt", "Bad") ends too many words that are no compound of it.</summary>
    private const int MinClosedNoun = 4;

    /// <summary>"Metro-", "Olympia-": the name part before the noun; fewer letters are an ending's or a prefix's ("Ur-").</summary>
    private const int MinClosedHead = 3;

    /// <summary>"Krankenhaus" and "Spital", not "Amt" inside another compound's tail: a noun this short is too often part of another word.</summary>
    private const int MinNoun = 3;

    [GeneratedRegex(@"(?<![\p{L}\d\-])\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)+")]
    private static partial Regex Compound();
}
