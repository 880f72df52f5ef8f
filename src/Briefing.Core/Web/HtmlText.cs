using System.Text.RegularExpressions;

namespace Briefing.Core.Web;

/// <summary>White-space normalisation for text taken out of markup.</summary>
internal static partial class HtmlText
{
    public static string Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? "" : Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
