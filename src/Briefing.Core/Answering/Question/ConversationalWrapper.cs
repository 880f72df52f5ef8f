using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// The polite frame people put around a question: "Weißt du, welche Islamisten …", "Kannst du mir sagen, wer …",
/// "Sag mal, wie viele …", "Do you know who …", "Can you tell me when …", "I wonder why …". The frame asks nothing:
/// read as part of the question, its capitalised words ("Kannst", "Sag") became names no article shows, its verbs
/// ("wonder", "tell") topic words no article is about, and the asked kind was read from "do"/"can" instead of the
/// question word. Only a frame followed by a question word is taken off, so "Tell me about the strike" stays as typed.
/// </summary>
internal static partial class ConversationalWrapper
{
    /// <summary>The question without its frame, its first letter capitalised; the question itself when it has none.</summary>
    public static string Strip(string question)
    {
        var match = Frame().Match(question);
        if (!match.Success || !AskedAfter().IsMatch(question.AsSpan(match.Length))) return question;
        var rest = question[match.Length..];
        return rest.Length == 0 ? question : char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    [GeneratedRegex("""
        ^(?:
          (?:(?:und|also|ok|okay|hallo|hey|hi|bitte|please|so|and)[,!]?\s+)?
          (?:
            (?:wei(?:ß|ss)t|wisst)\s+(?:du|ihr)(?:\s+(?:vielleicht|eigentlich|zufällig|denn))?
          | wissen\s+sie(?:\s+(?:vielleicht|eigentlich|zufällig))?
          | (?:kannst|könntest)\s+du\s+(?:mir\s+)?(?:bitte\s+)?(?:sagen|erklären|verraten)
          | (?:können|könnten)\s+sie\s+(?:mir\s+)?(?:bitte\s+)?(?:sagen|erklären|verraten)
          | sag(?:e|t)?(?:\s+mir)?(?:\s+doch)?(?:\s+(?:mal|bitte))?
          | sagen\s+sie(?:\s+mir)?(?:\s+(?:bitte|mal))?
          | erzähl(?:e)?(?:\s+mir)?(?:\s+(?:mal|bitte))?
          | ich\s+(?:frage\s+mich|möchte\s+(?:gerne?\s+)?wissen|würde\s+gerne?\s+wissen|will\s+wissen)
          | mich\s+würde\s+interessieren
          | hast\s+du\s+(?:eine\s+)?ahnung
          | do\s+you\s+(?:happen\s+to\s+)?know
          | does\s+anyone\s+know
          | (?:can|could|would)\s+you\s+(?:please\s+)?(?:tell|explain\s+to|remind)\s+me
          | (?:please\s+)?tell\s+me
          | i\s+(?:wonder|was\s+wondering|(?:would|'d)\s+like\s+to\s+know|want\s+to\s+know|need\s+to\s+know)
          | (?:do\s+you\s+have\s+)?any\s+idea
        )
        [\s,:;–-]+)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Frame();

    /// <summary>What follows a frame when it wraps a question: a question word, perhaps after a preposition ("in welchem Jahr", "for how long").</summary>
    [GeneratedRegex("""
        ^(?:(?:in|an|auf|aus|bei|für|mit|nach|seit|um|von|vor|zu|über|unter|gegen|at|by|for|from|on|to|with|since|of|under|against)\s+)?
        (?:we(?:r|n|m|ssen)|was|wann|wo(?:her|hin|mit|für|rum|rüber|von)?|warum|weshalb|weswegen|wieso|wie|welche[rsmn]?
          |who|whom|whose|what|when|where|why|which|how)\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AskedAfter();
}
