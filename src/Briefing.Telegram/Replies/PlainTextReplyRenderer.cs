using System.Text;

namespace Briefing.Telegram.Replies;

/// <summary>Renders a <see cref="Reply"/> for the console chat: no markup, quotes indented, buttons as the command they run.</summary>
public static class PlainTextReplyRenderer
{
    public static string Render(Reply reply)
    {
        var text = new StringBuilder();
        foreach (var block in reply.Blocks)
        {
            if (text.Length > 0) text.Append("\n\n");
            var content = string.Concat(block.Spans.Select(RenderSpan));
            text.Append(block.Kind == ReplyBlockKind.Quote
                ? string.Join('\n', content.Split('\n').Select(line => "  > " + line))
                : content);
        }
        foreach (var button in reply.Buttons)
        {
            var (command, argument) = CallbackData.Parse(button.CallbackData);
            text.Append(text.Length > 0 ? "\n\n" : "").Append($"[{button.Text}: /{command}{(argument.Length > 0 ? " " + argument : "")}]");
        }
        return text.ToString();
    }

    private static string RenderSpan(ReplySpan span) =>
        span.Style == SpanStyle.Link && span.Url is not null && span.Url != span.Text ? $"{span.Text} ({span.Url})" : span.Text;
}
