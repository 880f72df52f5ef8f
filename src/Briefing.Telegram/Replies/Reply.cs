namespace Briefing.Telegram.Replies;

/// <summary>
/// A transport-neutral reply: Telegram renders it as HTML (escaped, split at 4096 characters), the console
/// chat as plain text. Commands build replies with <see cref="ReplyBuilder"/> and never write markup themselves.
/// </summary>
public sealed record Reply(IReadOnlyList<ReplyBlock> Blocks)
{
    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];

    /// <summary>A reply of one plain paragraph.</summary>
    public static Reply Text(string text) => new ReplyBuilder().Text(text).Build();

    /// <summary>The reply's text without markup, for logs and tests.</summary>
    public string PlainText => PlainTextReplyRenderer.Render(this);
}
