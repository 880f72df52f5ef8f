using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A head's role word that heads a part of the organisation, not the whole: "Mikko Hypponen, director of anti-virus
/// research for F-Secure", "Phil Laven, technical director for the EBU", "Leiter der Rechtsabteilung", "Finanzchef". The
/// sentence names a head, but not the one "Who's the chief executive of F-Secure?" or "Wer ist der Chef von X?" asks for.
/// </summary>
internal static partial class DepartmentHeads
{
    /// <summary>
    /// Whether the role word <paramref name="word"/> at <paramref name="index"/> of <paramref name="text"/> heads a part:
    /// a field written onto it ("Finanzchef", "Forschungsleiter"), a field after it ("director of research", "Leiter der
    /// Presseabteilung"), or in English a field adjective before it ("technical director", "sales director"; "chief
    /// executive", "managing director" and an owner — "the firm's director", "F-Secure director" — head the whole).
    /// </summary>
    /// <remarks>German adjectives before a role ("der neue Chef", "kaufmännischer Geschäftsführer") are not read: their
    /// many inflected forms would need a list of their own, and German writes a part's head as a compound.</remarks>
    public static bool HeadsAPart(string text, int index, string word, string language)
    {
        if (FieldCompound().IsMatch(word)) return true;
        var end = index + word.Length;
        if (FieldAfter().Match(text, end).Success) return true;
        return language == "en" && FieldBefore().Match(text[..index]) is { Success: true } before
               && !FunctionWords.IsFunctionWord(before.Groups["word"].Value, language) && !WholeModifiers().IsMatch(before.Groups["word"].Value);
    }

    /// <summary>German fields written onto the role: "Finanzchef", "Marketingleiter", "Sportdirektor", "Forschungsvorstand".</summary>
    [GeneratedRegex(@"^(finanz|marketing|vertriebs?|forschungs|entwicklungs|technik|kommunikations|presse|personal|sport|rechts|verkaufs|einkaufs|produktions|abteilungs|bereichs|sparten|ressort)\p{Ll}+$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldCompound();

    /// <summary>
    /// "director of anti-virus research", "head of marketing" (a lower-case field after "of", unlike "head of F-Secure");
    /// "Leiter der Rechtsabteilung", "Chef des Bereichs Forschung", "Direktor für Forschung und Entwicklung".
    /// </summary>
    [GeneratedRegex(@"\G\s+(?:(?-i:of)\s+(?-i:\p{Ll}[\p{Ll}\-]+)(?<!\bthe|\ba|\ban|\bits|\btheir|\bhis|\bher)\b|(?:der|des|für)\s+(?:\p{L}*(?:abteilung|bereich|bereichs|sparte|ressort)\b|(?:forschung|entwicklung|marketing|vertrieb|finanzen|technik|kommunikation|personal)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex FieldAfter();

    /// <summary>The lower-case word right before the role ("technical", "sales"); a possessive ("firm's") or a name is an owner.</summary>
    [GeneratedRegex(@"(?:^|[\s(])(?<word>(?-i:\p{Ll}+))\s+$")]
    private static partial Regex FieldBefore();

    /// <summary>Words before a role that leave it the head of the whole: rank, time and verbs that name one (function words are read by <see cref="FunctionWords"/>).</summary>
    [GeneratedRegex(@"^(chief|managing|executive|general|acting|interim|new|former|outgoing|incoming|current|founding|group|company|said|says|became|named|appointed)$", RegexOptions.IgnoreCase)]
    private static partial Regex WholeModifiers();
}
