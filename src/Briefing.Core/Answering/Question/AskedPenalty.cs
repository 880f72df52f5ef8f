using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// "Zu welcher Strafe ist X verurteilt worden?", "How long did X get in prison?", "How much was X fined?": the question
/// asks a penalty that was imposed. A sentence that names one only as possible or threatened ("each face a possible
/// 10-year jail sentence if convicted", "ihm drohen bis zu fünf Jahre Haft") does not answer it — unless the question
/// asks that possible penalty itself ("Wie viele Jahre drohen ihm?") — and for a prison
/// sentence neither does one that names no sentence at all ("Die Staatsanwaltschaft hat Ermittlungen eingeleitet").
/// </summary>
internal static partial class AskedPenalty
{
    /// <summary>Why no chosen sentence gives the asked penalty as imposed; null when one does or no penalty is asked.</summary>
    public static string? Missing(IReadOnlyList<CandidateSentence> chosen, string question)
    {
        var sentence = SentenceAsked().IsMatch(question) || AskedPrisonTerm.IsAsked(question);
        if (!sentence && !FineAsked().IsMatch(question)) return null;
        // "Wie viele Jahre Haft drohen ihm bei einer Verurteilung?", "How long could he face in prison?": the question asks
        // the possible penalty itself, which the sentence naming it as possible gives.
        if (Threatened().IsMatch(question)) return null;
        var imposed = chosen.Where(c => !Threatened().IsMatch(c.Text)).ToList();
        if (imposed.Count == 0) return "the chosen sentences name the penalty only as possible";
        // A fine is often stated by its sum alone ("must pay 10,000 dollars"), which the money check reads.
        if (sentence && !imposed.Any(c => Imposed().IsMatch(c.Text))) return "no chosen sentence names an imposed sentence";
        return null;
    }

    /// <summary>A prison sentence or a penalty asked by its kind or length.</summary>
    [GeneratedRegex(@"\b(zu\s+welche[rm]?\s+\p{L}*(strafe|haft)|welche\s+\p{L}*strafe|wie\s+(lange|viele\s+jahre)\b.*\b(haft|gefängnis|hinter\s+gitter|verurteilt|sitzen)"
        + @"|wozu\b.*\bverurteilt|what\s+(sentence|penalty|punishment)|how\s+(long|many\s+years)\b.*\b(prison|jail|sentence|sentenced|jailed|behind\s+bars)|sentenced\s+to\s+what)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex SentenceAsked();

    /// <summary>
    /// A fine, by the nouns and the question AskedUnit reads as a sum of one ("Geldstrafe", "Geldbuße", "Bußgeld", "Wie hoch
    /// ist die Strafe …?"): a fine that is only threatened ("ihm droht eine Geldbuße von bis zu 5.000 Euro") is no fine imposed.
    /// </summary>
    [GeneratedRegex(@"\b(fined|fine|geldstrafen?|geldbu(ß|ss)en?|bußgeld\p{L}*|strafzahlung(en)?)\b|^\s*wie\s+hoch\s+(ist|war|wird)\s+die\s+strafen?\b", RegexOptions.IgnoreCase)]
    private static partial Regex FineAsked();

    /// <summary>A penalty that may come: "possible", "faces up to", "could face", "if convicted", "drohen bis zu", "Höchststrafe".</summary>
    [GeneratedRegex(@"\b(possible|potential|could\s+(face|get|receive)|faces?\s+(up\s+to|a|an)|facing|if\s+(convicted|found\s+guilty)|up\s+to\s+\d"
        + @"|drohen|droht|drohte|drohten|drohe|höchststrafe|strafrahmen|im\s+fall\s+einer\s+verurteilung|bei\s+einer\s+verurteilung|bis\s+zu\s+\S+\s+(jahre|jahren|monate|monaten)|mögliche[nrs]?)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Threatened();

    /// <summary>
    /// A sentence passed or served: "verurteilt", "Haft", "jailed", "sentenced", "years in prison", "Bewährung" ("Haft" as
    /// a compound's end, but not "-schaft": "Staatsanwaltschaft").
    /// </summary>
    [GeneratedRegex(@"\b(verurteilt\p{L}*|\p{L}*(?<!sc)haft|\p{L}*strafe|gefängnis|bewährung|freigesprochen|freispruch|jailed|sentenced|sentence|prison|jail|imprisoned|imprisonment|probation|suspended|acquitted|custody|fined|fine|term)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Imposed();
}
