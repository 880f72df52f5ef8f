using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "Das Gerät befindet sich in Noordwijk in den Niederlanden", "a shopping mall in West Edmonton, Alberta": a sentence
/// that locates one of its new places inside another of them ("X in Y", "X, Y") gives the place to the town, the way an
/// address does. Without a gazetteer this is how a text says which of two places is the more specific: the writer
/// names the larger one only to locate the smaller. A where-question wants the smaller ("Where was the robot?":
/// Noordwijk, not "auf der Erde"; "Where are the castings?": West Edmonton, not "the Canada-based company").
/// </summary>
internal static partial class PlaceLocatedWithin
{
    /// <summary>Whether the sentence names one of <paramref name="novel"/>'s places inside another of them.</summary>
    public static bool Locates(string sentence, IReadOnlySet<string> novel)
    {
        if (novel.Count < 2) return false;
        foreach (Match m in Within().Matches(sentence))
        {
            var inner = AnswerCandidates.NameKey(m.Groups["inner"].Value);
            var outer = AnswerCandidates.NameKey(m.Groups["outer"].Value);
            // "shot in Cape Town in the Xhosa language": a name that goes on into a noun modifies it, it is no place.
            if (m.Groups["next"].Success && !FunctionWords.IsFunctionWord(m.Groups["next"].Value)) continue;
            if (inner != outer && novel.Contains(inner) && novel.Contains(outer)) return true;
        }
        return false;
    }

    // "in Noordwijk in den Niederlanden", "in West Edmonton, Alberta,", "at Rothenfeld in Bavaria": the smaller place itself
    // follows a locating preposition, so a person or thing placed somewhere ("ein Muslim in Uttar Pradesh") is no place
    // inside another; "bei" / "near" say next to, not within ("in Laxenburg bei Wien" is not in Vienna). Not a list
    // ("Paris, London and Berlin"), whose second name is followed by another item.
    [GeneratedRegex(@"\b(?i:in|im|at|auf|to|nach)\s+(?:\p{Lu}[\p{L}-]+\s+)?(?<inner>\p{Lu}[\p{L}-]+)(?:\s+(?:in|im)(?:\s+(?:den|der|dem|the))?\s+|,\s+)(?<outer>\p{Lu}[\p{L}-]+)\b(?:\s+(?<next>(?!(?:and|und|or|oder|sowie)\b)\p{Ll}[\p{L}-]*))?(?!\s*(?:,\s*\p{Lu}|\s(?:and|und|or|oder|sowie)\b))")]
    private static partial Regex Within();
}
