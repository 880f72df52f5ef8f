using System.Net;
using System.Text;

namespace Briefing.Telegram.Tests.Support;

/// <summary>
/// Checks message HTML the way the Bot API does for <c>parse_mode: HTML</c>: only Telegram's tags, properly nested and
/// closed, every &lt; &gt; &amp; outside tags escaped, known entities only, and at most 4096 characters of text.
/// Returns null when valid, else Telegram-like error text.
/// </summary>
public static class TelegramHtmlValidator
{
    public const int MaxTextLength = 4096;

    private static readonly HashSet<string> AllowedTags =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "span", "tg-emoji"];

    public static string? Validate(string html) => Parse(html, out _);

    /// <summary>The text a user sees (tags removed, entities decoded), or null when the HTML is invalid.</summary>
    public static string? VisibleText(string html) => Parse(html, out var text) is null ? text : null;

    private static string? Parse(string html, out string text)
    {
        var visible = new StringBuilder();
        var open = new Stack<string>();
        text = "";
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0) return $"can't parse entities: unclosed start tag at byte offset {i}";
                var error = ApplyTag(html[(i + 1)..end], open);
                if (error is not null) return $"can't parse entities: {error} at byte offset {i}";
                i = end;
            }
            else if (c == '&')
            {
                var end = html.IndexOf(';', i);
                if (end < 0 || end - i > 10) return $"can't parse entities: unescaped & at byte offset {i}";
                var entity = html[i..(end + 1)];
                var decoded = WebUtility.HtmlDecode(entity);
                if (decoded == entity || entity is not ("&lt;" or "&gt;" or "&amp;" or "&quot;") && !entity.StartsWith("&#", StringComparison.Ordinal))
                    return $"can't parse entities: unsupported entity {entity} at byte offset {i}";
                visible.Append(decoded);
                i = end;
            }
            else if (c == '>')
            {
                return $"can't parse entities: unescaped > at byte offset {i}";
            }
            else
            {
                visible.Append(c);
            }
        }
        if (open.Count > 0) return $"can't parse entities: can't find end tag corresponding to start tag \"{open.Peek()}\"";
        text = visible.ToString();
        if (text.Trim().Length == 0) return "message text is empty";
        if (text.Length > MaxTextLength) return "message is too long";
        return null;
    }

    private static string? ApplyTag(string tag, Stack<string> open)
    {
        if (tag.StartsWith('/'))
        {
            var closing = tag[1..].Trim();
            if (open.Count == 0 || open.Peek() != closing) return $"unmatched end tag \"{closing}\"";
            open.Pop();
            return null;
        }
        var space = tag.IndexOf(' ');
        var name = space < 0 ? tag : tag[..space];
        var attributes = space < 0 ? "" : tag[(space + 1)..].Trim();
        if (!AllowedTags.Contains(name)) return $"unsupported start tag \"{name}\"";
        if (open.Contains("code") || open.Contains("pre") && name != "code") return $"tag \"{name}\" inside code";
        if (name == "blockquote" && open.Contains("blockquote")) return "nested blockquote";
        if (name == "a" && open.Contains("a")) return "nested link";
        if (name == "a" && !attributes.StartsWith("href=\"", StringComparison.Ordinal)) return "link without href";
        if (name == "blockquote" && attributes is not ("" or "expandable")) return $"unsupported blockquote attribute {attributes}";
        if (name is not ("a" or "blockquote" or "span" or "tg-emoji" or "pre" or "code") && attributes.Length > 0) return $"unexpected attributes on \"{name}\"";
        open.Push(name);
        return null;
    }
}
