using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Messaging;

/// <summary>
/// Sends messages to a chat outside a conversation turn (digests to subscribers, notices). Telegram's implementation
/// renders to HTML, splits at 4096 characters, keeps the per-chat and global rate limits (queued, never dropped)
/// and retries 429 / 5xx / network errors. Without a bot token, messages are logged and dropped.
/// </summary>
public interface IChatMessenger
{
    /// <summary>Sends a transport-neutral reply (preferred: escaping and splitting are done for you).</summary>
    Task SendAsync(long chatId, Reply reply, CancellationToken cancellationToken);

    /// <summary>
    /// Sends ready Telegram HTML as one message. The caller escapes all user/article text
    /// (<see cref="HtmlReplyRenderer.Escape"/>) and keeps it within <see cref="HtmlReplyRenderer.MaxMessageLength"/>.
    /// </summary>
    Task SendHtmlAsync(long chatId, string html, CancellationToken cancellationToken);
}
