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

    /// <summary>"Krankenhaus" and "Spital", not "Amt" inside another compound's tail: a noun this short is too often part of another word.</summary>
    private const int MinNoun = 3;

    [GeneratedRegex(@"(?<![\p{L}\d\-])\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)+")]
    private static partial Regex Compound();
}
