using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// German nouns that are part of a fixed verb phrase (a "Funktionsverbgefüge") rather than a thing of their own: "ums
/// Leben kommen" is to die, "ins Leben rufen" to found, "in Kraft treten" to take effect, "zum Einsatz kommen" to be
/// used. A question asks "Wie viele Menschen kamen 1620-21 in Algier ums Leben?"; the article says "Algier verlor 30.000
/// bis 50.000 Einwohner": "Leben" names nothing the article must show.
/// </summary>
internal static partial class SupportVerbNouns
{
    /// <summary>True when the word at <paramref name="index"/> of <paramref name="text"/> is the noun of such a phrase.</summary>
    public static bool IsAt(string text, int index) =>
        Phrase().Matches(text).Any(m => m.Groups["noun"].Index == index);

    /// <remarks>
    /// Only after the phrase's own preposition, so the noun keeps its sense elsewhere ("das Leben in der Stadt", "die
    /// Kraft des Wassers", "der Einsatz der Polizei").
    /// </remarks>
    [GeneratedRegex(@"\b(?:ums\s+(?<noun>Leben)|(?:ins|zum)\s+(?<noun>Leben)|in\s+(?<noun>Kraft|Betrieb|Frage|Angriff|Auftrag|Gang)|außer\s+(?<noun>Kraft|Betrieb)|zum\s+(?<noun>Einsatz|Ausdruck|Opfer|Tragen|Zuge|Erliegen|Abschluss)|zur\s+(?<noun>Verfügung|Sprache|Welt)|zu\s+(?<noun>Ende|Wort))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
