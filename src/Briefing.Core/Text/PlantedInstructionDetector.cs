using System.Text.RegularExpressions;

namespace Briefing.Core.Text;

/// <summary>
/// Recognises text that addresses the model instead of reporting news ("ignore previous instructions and ...").
/// Such sentences in an article are data the model must not obey; a claim that rests on one is not reporting.
/// </summary>
public static partial class PlantedInstructionDetector
{
    public static bool LooksLikeInstruction(string text) => InstructionPattern().IsMatch(text);

    [GeneratedRegex(
        @"\b(ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(instructions?|prompts?|rules|guidelines|directions)\b" +
        @"|\b(ignorier\w*|vergiss|vergessen\s+sie|missachte\w*)\b[^.!?\n]{0,40}\b(anweisung\w*|instruktion\w*|regeln|vorgaben)\b" +
        @"|\b(system\s*prompt|systemprompt|new\s+instructions|neue\s+anweisungen)\b" +
        @"|\b(you\s+are\s+now|you\s+must\s+now|from\s+now\s+on\s+you)\b" +
        @"|\b(as\s+an?\s+)?(ai|language\s+model|chatbot|assistant)\s*,?\s+(you\s+)?(must|should|will)\s+(now\s+)?(say|tell|answer|reply|respond|write)" +
        @"|\b(du\s+bist\s+jetzt|ab\s+sofort\s+(bist|antwortest|sagst)\s+du)\b" +
        @"|\b(tell|inform)\s+(the\s+)?(user|reader|asker)s?\b" +
        @"|\b(sag|sage|sagen\s+sie|teile|antworte)\w*\s+(dem|den)\s+(nutzer|benutzer|leser)\w*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InstructionPattern();
}
