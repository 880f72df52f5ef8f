using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// "By how much did Germany's exports grow in 2004?", "Um wie viel Prozent legte der Quartalsgewinn zu?", "How much did
/// Elan's shares fall?": the question asks the size of a change, which news writes as the figure a change verb or noun
/// governs ("rose by 9%", "stieg um 3 Prozent", "ein Plus von 4,2 Prozent", "a 3% fall"; <see cref="ChangeFigures"/>), not
/// the level after "to" / "auf" (<see cref="AskedLevel"/> asks that one).
/// </summary>
internal static partial class AskedChange
{
    public static bool IsAsked(string question) =>
        !AskedLevel.IsAsked(question) && (ByHowMuch().IsMatch(question) || (HowMuch().IsMatch(question) && ChangeVerb().IsMatch(question)));

    /// <remarks>
    /// "Um wie viele Flüchtlinge kümmert sich Italien?", "Um wie viel Uhr …?": "um" is the verb's own preposition or a time
    /// of day, not a change's.
    /// </remarks>
    [GeneratedRegex(@"\b(by\s+(roughly\s+|about\s+|around\s+|approximately\s+)?how\s+(much|many)|um\s+(etwa\s+|rund\s+|ungefähr\s+)?wie\s*viele?n?\b(?!\s+uhr\b)(?![^?]*\b(kümmer|handel|geht|ging|bemüh|bitt|sorg|streit|kämpf|bewerb|wetteifer)\p{L}*\b))", RegexOptions.IgnoreCase)]
    private static partial Regex ByHowMuch();

    [GeneratedRegex(@"\bhow\s+much\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowMuch();

    /// <summary>
    /// "How much did the shares fall?": an English change verb after "how much" (German asks by "um wie viel"). Not a verb
    /// whose object is a sum ("How much did Reuters cut in costs?", "How much did the firm raise / lose / save?"): that asks
    /// the sum itself ("£234m of cuts"), which no change figure needs to govern.
    /// </summary>
    [GeneratedRegex(@"\b(rise|rose|risen|fall|fell|fallen|grow|grew|grown|increase|decrease|drop|shrink|shrank|decline|climb|gain|jump|surge|slump|plunge|soar|expand|contract|slide|slip|tumble|lower|improve|go\s+up|go\s+down)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeVerb();
}
