namespace Briefing.Telegram.Conversation;

/// <summary>One user message as the router sees it, whatever the transport (Telegram update, console line).</summary>
public sealed record IncomingMessage
{
    /// <summary>The key of the conversation's history and stored answers, e.g. <c>"telegram:42"</c> or <c>"console"</c>.</summary>
    public required string ConversationId { get; init; }

    /// <summary>The transport's chat id (Telegram chat id; 0 for the console).</summary>
    public long ChatId { get; init; }

    public long? UserId { get; init; }

    /// <summary>The user's interface language (Telegram <c>language_code</c>), when the transport knows it.</summary>
    public string? UserLanguage { get; init; }

    /// <summary>Message text or caption, with the bot's own mention or command suffix already removed.</summary>
    public string? Text { get; init; }

    public IncomingDocument? Document { get; init; }

    /// <summary>True for stickers, photos, voice and other content the bot cannot read.</summary>
    public bool HasUnsupportedContent { get; init; }

    /// <summary>False in a group when the message is not meant for the bot (no command, mention or reply to it).</summary>
    public bool IsAddressedToBot { get; init; } = true;

    /// <summary>Whether the sender may use staff commands (Telegram:StaffUserIds; the local console operator always may).</summary>
    public bool IsStaff { get; init; }
}
