using System.Text;

namespace Briefing.Telegram.Replies;

/// <summary>
/// Renders a <see cref="Reply"/> as Telegram HTML (<c>parse_mode: HTML</c>). All text is escaped; a reply longer
/// than one message is split between blocks, then between sentences, words or characters of a block, so every
/// part is valid HTML on its own (no tag or entity is ever cut) and at most <see cref="MaxMessageLength"/> long.
/// </summary>
public static class HtmlReplyRenderer
{
    /// <summary>Telegram's limit per message. It counts the text after parsing; we keep the HTML source within it, which is stricter.</summary>
    public const int MaxMessageLength = 4096;

    private const string ParagraphSeparator = "\n\n";

    public static IReadOnlyList<string> Render(Reply reply, int maxLength = MaxMessageLength)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var block in reply.Blocks)
        {
            foreach (var part in FitBlock(block, maxLength))
            {
                if (current.Length > 0 && current.Length + ParagraphSeparator.Length + part.Length > maxLength)
                {
                    messages.Add(current.ToString());
                    current.Clear();
                }
                if (current.Length > 0) current.Append(ParagraphSeparator);
                current.Append(part);
            }
        }
        if (current.Length > 0) messages.Add(current.ToString());
        return messages;
    }

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    private static IEnumerable<string> FitBlock(ReplyBlock block, int maxLength)
    {
        var html = RenderBlock(block);
        if (html.Length <= maxLength)
        {
            yield return html;
            yield break;
        }
        var (open, close) = BlockTags(block.Kind);
        var budget = maxLength - open.Length - close.Length;
        var group = new List<ReplySpan>();
        var groupLength = 0;
        foreach (var span in block.Spans.SelectMany(s => SplitSpan(s, budget)))
        {
            var length = RenderSpan(span).Length;
            if (group.Count > 0 && groupLength + length > budget)
            {
                yield return RenderBlock(block with { Spans = group.ToArray() });
                group.Clear();
                groupLength = 0;
            }
            group.Add(span);
            groupLength += length;
        }
        if (group.Count > 0) yield return RenderBlock(block with { Spans = group.ToArray() });
    }

    /// <summary>Cuts one span into spans that each render within <paramref name="budget"/>, at sentence, word or character boundaries.</summary>
    private static IEnumerable<ReplySpan> SplitSpan(ReplySpan span, int budget)
    {
        var overhead = RenderSpan(span with { Text = "" }).Length;
        if (RenderSpan(span).Length <= budget) return [span];
        return TextSplitter.Split(span.Text, text => Escape(text).Length + overhead <= budget)
            .Select(piece => span with { Text = piece });
    }

    private static string RenderBlock(ReplyBlock block)
    {
        var (open, close) = BlockTags(block.Kind);
        var html = new StringBuilder(open);
        foreach (var span in block.Spans) html.Append(RenderSpan(span));
        return html.Append(close).ToString();
    }

    private static (string Open, string Close) BlockTags(ReplyBlockKind kind) => kind == ReplyBlockKind.Quote
        ? ("<blockquote expandable>", "</blockquote>")
        : ("", "");

    private static string RenderSpan(ReplySpan span)
    {
        var text = Escape(span.Text);
        return span.Style switch
        {
            SpanStyle.Bold => $"<b>{text}</b>",
            SpanStyle.Italic => $"<i>{text}</i>",
            SpanStyle.Code => $"<code>{text}</code>",
            SpanStyle.Link when span.Url is not null => $"<a href=\"{Escape(span.Url).Replace("\"", "&quot;", StringComparison.Ordinal)}\">{text}</a>",
            _ => text,
        };
    }
}
