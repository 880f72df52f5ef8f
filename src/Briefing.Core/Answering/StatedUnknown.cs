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
    public static bool In(string sentence) => Unknown().IsMatch(sentence);

    /// <remarks>
    /// German: "ist/war/bleibt (noch/vorerst …) offen/unklar/unbekannt", "unklar, wann …", "keine Angaben", "Stillschweigen
    /// vereinbart"; English: "not (yet) known/clear/disclosed/revealed", "unclear", "unknown", "undisclosed". A bare "offen"
    /// ("ein offener Brief", "hält die Tür offen") says nothing unknown: only after a copula or before a question word.
    /// </remarks>
    [GeneratedRegex(@"\b(ist|war|sei|bleibt|blieb|blieben|sind|waren)\s+((noch|vorerst|zunächst|bislang|bisher|weiter|völlig)\s+)*(offen|unklar|unbekannt|nicht\s+bekannt|ungewiss|ungeklärt)\b"
        + @"|\b(unklar|offen|unbekannt|nicht\s+bekannt)\s*,\s*(wie|wann|wer|wo|ob|warum|welche\p{L}*)\b|\bkeine\s+(näheren\s+)?angaben\b|\bstillschweigen\b"
        + @"|\b(not\s+(yet\s+)?(known|clear|disclosed|revealed|released|confirmed)|unclear|unknown|undisclosed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unknown();
}
