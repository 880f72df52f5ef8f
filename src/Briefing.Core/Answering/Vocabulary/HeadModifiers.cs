using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The describing word right before the asked head noun: "Die meisten dieser Schulen sind berufsbildende Schulen" for
/// "Welche Art von Schule …?", "opted to enter a blind plea" for "What type of plea …?". A kind of a thing is often
/// answered by no name at all but by the word that sorts the noun, in the slot the question leaves open; without it the
/// sentence saying the kind held no candidate and lost to one that restates the question beside a name.
/// </summary>
internal static partial class HeadModifiers
{
    /// <summary>The lower-case keys of the words describing <paramref name="heads"/> in <paramref name="text"/>.</summary>
    public static IEnumerable<string> In(string text, IReadOnlyList<string> heads)
    {
        foreach (var head in heads.Where(h => h.Length >= MinHead && !h.Contains(' ')))
            foreach (Match pair in Pair().Matches(text))
            {
                var (modifier, noun) = (pair.Groups["modifier"].Value, pair.Groups["noun"].Value);
                if (!InflectedForm.Is(noun, head, InflectedForm.NounEndings) || !Describes(modifier)) continue;
                yield return modifier.ToLowerInvariant();
            }
    }

    /// <summary>
    /// A describing word: lower case (German adjectives; English adjectives and noun modifiers: "vocational", "oxygen"),
    /// neither a function word of either language ("dieser", "the": a passage may quote the other), nor a number or a verb of saying.
    /// </summary>
    private static bool Describes(string word) =>
        word.Length >= MinModifier && char.IsLower(word[0]) && !FunctionWords.IsFunctionWord(word) && !NumberWords.Is(word);

    /// <summary>A word and the word after it (a lookahead, so that every word is also the next pair's first).</summary>
    [GeneratedRegex(@"(?<![\p{L}\-])(?<modifier>\p{L}+)\s+(?=(?<noun>\p{L}+)(?![\p{L}\-]))")]
    private static partial Regex Pair();

    private const int MinHead = 3;
    /// <summary>Shorter lower-case words are mostly particles and abbreviations ("so", "ca").</summary>
    private const int MinModifier = 3;
}
