namespace Briefing.Telegram.Replies;

public enum ReplyBlockKind
{
    Paragraph,
    /// <summary>A quotation from an article; Telegram shows it as an expandable block quote.</summary>
    Quote,
}
