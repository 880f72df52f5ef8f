namespace Briefing.Telegram.Replies;

/// <summary>A run of raw text (never markup: renderers escape it) with one style; <see cref="Url"/> only for links.</summary>
public sealed record ReplySpan(string Text, SpanStyle Style = SpanStyle.Plain, string? Url = null);
