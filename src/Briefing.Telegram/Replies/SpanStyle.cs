namespace Briefing.Telegram.Replies;

/// <summary>How a piece of reply text is emphasised; each transport maps it to its own markup.</summary>
public enum SpanStyle
{
    Plain,
    Bold,
    Italic,
    Code,
    Link,
}
