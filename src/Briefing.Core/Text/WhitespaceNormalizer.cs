using System.Text;

namespace Briefing.Core.Text;

/// <summary>
/// Collapses every run of white space (including non-breaking and zero-width-free Unicode spaces) to one
/// ordinary space and trims. Passages and quotes use this form so that "verbatim" survives re-wrapping.
/// </summary>
public static class WhitespaceNormalizer
{
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
