using System.Text.RegularExpressions;

namespace Briefing.Core.Articles;

/// <summary>
/// Light Markdown-to-text for news articles: drops heading, quote and list markers, rules and fences,
/// and keeps the words of emphasis, links and images. Not a renderer; the text stays quotable.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>The text of a heading line ("## Title ##" → "Title"), or null when the line is no heading.</summary>
    public static string? Heading(string line, out int level)
    {
        var match = HeadingLine().Match(line);
        level = match.Success ? match.Groups[1].Length : 0;
        return match.Success ? Inline(match.Groups[2].Value) : null;
    }

    public static bool IsRuleOrFence(string line) => RuleLine().IsMatch(line) || line.TrimStart().StartsWith("```", StringComparison.Ordinal)
        || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal) || LinkDefinition().IsMatch(line);

    public static bool IsListItem(string line) => ListMarker().IsMatch(line);

    /// <summary>A body line without block markers and inline markup.</summary>
    public static string Line(string line)
    {
        var text = QuoteMarker().Replace(line, string.Empty);
        text = ListMarker().Replace(text, string.Empty);
        return Inline(text);
    }

    private static string Inline(string text)
    {
        text = Image().Replace(text, "$1");
        text = Link().Replace(text, "$1");
        text = InlineCode().Replace(text, "$1");
        text = Strong().Replace(text, "$2");
        text = StarEmphasis().Replace(text, "$1");
        text = UnderscoreEmphasis().Replace(text, "$1");
        text = Strikethrough().Replace(text, string.Empty); // struck-out words are retracted, not said
        return Escape().Replace(text, "$1").Trim();
    }

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s+\S+")]
    private static partial Regex LinkDefinition();

    [GeneratedRegex(@"^\s*(?:>\s?)+")]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,3}[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")]
    private static partial Regex Link();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")]
    private static partial Regex StarEmphasis();

    [GeneratedRegex(@"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")]
    private static partial Regex UnderscoreEmphasis();

    [GeneratedRegex(@"~~(.+?)~~\s?")]
    private static partial Regex Strikethrough();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!>])")]
    private static partial Regex Escape();
}
