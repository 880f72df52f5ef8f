using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// A sentence that says the fact is not known or not told: "Wie lange der Kroate ausfällt, war vorerst offen", "It is
/// not yet known when the line will reopen", "Financial terms were not disclosed", "Zum Kaufpreis machte die Firma keine
/// Angaben". It is about the question — it often repeats it word for word, so it ranks first — but it says the article
/// does not answer it: leading an answer with it is a confident citation of "nobody knows".
/// </summary>
internal static partial class StatedUnknown
{
    /// <param name="expected">What the question asks: "until a replacement is found" says only who is not known.</param>
    public static bool In(string sentence, AnswerType expected) =>
        Unknown().IsMatch(sentence) || (expected == AnswerType.Person && PersonUnknown().IsMatch(sentence));

    /// <summary>
    /// The person in a role is not known yet: "guest presenters will stand in until a replacement is found", "a successor
    /// has yet to be named", "der Nachfolger steht noch nicht fest". The article about a departure says so for "Who replaces
    /// her?", not for when or why she leaves.
    /// </summary>
    [GeneratedRegex(@"\buntil\s+a\s+(replacement|successor)\s+(is|has\s+been)\s+(found|named|appointed)\b"
        + @"|\b(has|have|is|are)\s+yet\s+to\s+be\s+(named|appointed|found)\b|\bnachfolger\p{L}*\s+(wird\s+noch\s+gesucht|ist\s+noch\s+nicht\s+gefunden)", RegexOptions.IgnoreCase)]
    private static partial Regex PersonUnknown();

    /// <remarks>
    /// German: "ist/war/bleibt (noch/vorerst …) offen/unklar/unbekannt", "unklar, wann …", "keine Angaben", "Stillschweigen
    /// vereinbart", "steht noch nicht fest", "bislang nicht geklärt"; English: "not (yet) known/clear/disclosed/revealed",
    /// "unclear", "unknown", "undisclosed", "has yet to be decided". A bare "offen"
    /// ("ein offener Brief", "hält die Tür offen") says nothing unknown: only after a copula or before a question word.
    /// </remarks>
    [GeneratedRegex(@"\b(ist|war|sei|bleibt|blieb|blieben|sind|waren)\s+((noch|vorerst|zunächst|bislang|bisher|weiter|völlig)\s+)*(offen|unklar|unbekannt|nicht\s+bekannt|ungewiss|ungeklärt)\b"
        + @"|\b(unklar|offen|unbekannt|nicht\s+bekannt)\s*,\s*(wie|wann|wer|wo|ob|warum|welche\p{L}*)\b|\bkeine\s+(näheren\s+)?angaben\b|\bstillschweigen\b"
        + @"|\bsteht\s+((noch|bislang|bisher|vorerst)\s+)*nicht\s+fest\b|\b(noch|bislang|bisher)\s+nicht\s+geklärt\b"
        + @"|\b(not\s+(yet\s+)?(known|clear|disclosed|revealed|released|confirmed)|unclear|unknown|undisclosed)\b"
        + @"|\b(has|have|is|are)\s+yet\s+to\s+be\s+(decided|confirmed|revealed|announced|disclosed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unknown();
}
