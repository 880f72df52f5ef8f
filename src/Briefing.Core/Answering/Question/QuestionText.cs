using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>Normalises what a user typed: trimmed, single-spaced, cut at a word boundary when too long.</summary>
internal static partial class QuestionText
{
    public static string Normalize(string? raw, int maxChars)
    {
        var text = Whitespace().Replace(raw ?? string.Empty, " ").Trim();
        if (text.Length <= maxChars) return text;
        var cut = text.LastIndexOf(' ', maxChars);
        return text[..(cut > maxChars / 2 ? cut : maxChars)];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
