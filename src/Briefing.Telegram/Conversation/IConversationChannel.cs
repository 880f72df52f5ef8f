using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Conversation;

/// <summary>The way back to the user of one conversation: Telegram (HTML) or the console (plain text).</summary>
public interface IConversationChannel
{
    Task SendAsync(Reply reply, CancellationToken cancellationToken);

    /// <summary>Shows that the bot is working (Telegram's "typing…"); best effort, never throws.</summary>
    Task ShowTypingAsync(CancellationToken cancellationToken);

    /// <summary>Fetches a sent document's bytes; null when the transport cannot (the console).</summary>
    Task<byte[]?> DownloadAsync(IncomingDocument document, CancellationToken cancellationToken);
}
