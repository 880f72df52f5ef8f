namespace Briefing.Telegram.Replies;

/// <summary>Builds a <see cref="Reply"/>: inline calls append to the current paragraph, <see cref="Paragraph"/> starts a new one.</summary>
public sealed class ReplyBuilder
{
    private readonly List<ReplyBlock> _blocks = [];
    private readonly List<ReplyButton> _buttons = [];
    private List<ReplySpan> _current = [];

    public ReplyBuilder Text(string text) => Add(new ReplySpan(text));

    public ReplyBuilder Bold(string text) => Add(new ReplySpan(text, SpanStyle.Bold));

    public ReplyBuilder Italic(string text) => Add(new ReplySpan(text, SpanStyle.Italic));

    public ReplyBuilder Code(string text) => Add(new ReplySpan(text, SpanStyle.Code));

    /// <summary>A link; only http(s) URLs become links, anything else stays plain text.</summary>
    public ReplyBuilder Link(string text, string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? Add(new ReplySpan(text, SpanStyle.Link, uri.AbsoluteUri))
            : Text(text);

    /// <summary>Ends the current paragraph; the next inline call starts a new one.</summary>
    public ReplyBuilder Paragraph()
    {
        if (_current.Count > 0) _blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph, _current));
        _current = [];
        return this;
    }

    public ReplyBuilder Quote(string text)
    {
        Paragraph();
        if (!string.IsNullOrWhiteSpace(text)) _blocks.Add(new ReplyBlock(ReplyBlockKind.Quote, [new ReplySpan(text.Trim())]));
        return this;
    }

    public ReplyBuilder Button(string text, string callbackData)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(callbackData) > ReplyButton.MaxCallbackDataBytes)
            throw new ArgumentException($"Callback data '{callbackData}' exceeds {ReplyButton.MaxCallbackDataBytes} bytes.", nameof(callbackData));
        _buttons.Add(new ReplyButton(text, callbackData));
        return this;
    }

    public Reply Build()
    {
        Paragraph();
        return new Reply(_blocks.ToArray()) { Buttons = _buttons.ToArray() };
    }

    private ReplyBuilder Add(ReplySpan span)
    {
        if (span.Text.Length > 0) _current.Add(span);
        return this;
    }
}
