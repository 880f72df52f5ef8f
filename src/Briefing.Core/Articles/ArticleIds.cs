using System.Globalization;
using System.Text;

namespace Briefing.Core.Articles;

/// <summary>
/// Article ids as shown to people and used as keys: control characters (a newline in a file name) become a space,
/// and bidirectional formatting characters (U+202E "right-to-left override" and its kin, which can make an id read
/// backwards in a terminal or chat) are dropped.
/// </summary>
public static class ArticleIds
{
    public static string Clean(string id)
    {
        if (!id.Any(NeedsCleaning)) return id;
        var cleaned = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            if (char.IsControl(c)) cleaned.Append(' ');
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) cleaned.Append(c);
        }
        var text = string.Join(' ', cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? "article" : text;
    }

    /// <summary>Control characters and format characters (Cf: bidi overrides and isolates, zero-width joiners, BOM).</summary>
    private static bool NeedsCleaning(char c) => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
