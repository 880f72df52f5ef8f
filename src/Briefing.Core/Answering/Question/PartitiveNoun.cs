using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The part a partitive count asks for: "How many of the migrants rescued by the Sirio were children?" → children, "Wie
/// viele der Migranten waren Kinder?" → Kinder. The question ends in the noun the part is said to be; the whole ("the
/// migrants") only says among whom, so a count of the whole ("a group of 1,230 people") does not answer it.
/// </summary>
internal static partial class PartitiveNoun
{
    /// <summary>The part's noun, or null when the question ends otherwise ("… were rescued?", "… were in Scotland?").</summary>
    public static string? Of(string question, string language)
    {
        var match = (language == "de" ? German() : English()).Match(question);
        if (!match.Success) return null;
        var noun = match.Groups["noun"].Value;
        // "were in Scotland", "sind an Bord": a function word before the last word makes it a place or a state, no part.
        if (match.Groups["adjective"] is { Success: true } adjective && FunctionWords.IsFunctionWord(adjective.Value, language)) return null;
        if (FunctionWords.IsFunctionWord(noun, language)) return null;
        // English does not capitalise nouns: the plural's shape, or a word for people, tells "children" from "injured".
        return language == "de" || CountedWords.IsEnglishCountNoun(noun) ? noun : null;
    }

    [GeneratedRegex(@"\b(?:were|are|was|is)\s+(?:(?<adjective>\p{Ll}[\p{L}-]*)\s+)?(?<noun>\p{Ll}[\p{L}-]*)\s*\?\s*$")]
    private static partial Regex English();

    /// <remarks>German writes nouns capitalised and the adjective before them lower case ("waren minderjährige Kinder").</remarks>
    [GeneratedRegex(@"\b(?:waren|sind|war|ist)\s+(?:(?<adjective>\p{Ll}\p{L}*)\s+)?(?<noun>\p{Lu}\p{L}+)\s*\?\s*$")]
    private static partial Regex German();
}
