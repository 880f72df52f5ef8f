using Briefing.Telegram.Messaging;
using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Delivery;

/// <summary>
/// <see cref="IChatMessenger"/> when instances share a database: a reply made while handling a queued update is kept
/// for that update's completion (<see cref="UpdateReplies"/>); any other message (a digest, a notice) enters the outbox
/// at once. Either way the one <see cref="OutboxSender"/> sends it, so Telegram's per-chat and global limits hold for
/// all instances together.
/// </summary>
public sealed class OutboxChatMessenger(IOutbox outbox) : IChatMessenger
{
    public Task SendAsync(long chatId, Reply reply, CancellationToken cancellationToken)
    {
        if (UpdateReplies.Current is { } replies) replies.Add(chatId, reply);
        else outbox.Add(Render(chatId, reply));
        return Task.CompletedTask;
    }

    public Task SendHtmlAsync(long chatId, string html, CancellationToken cancellationToken)
    {
        if (UpdateReplies.Current is { } replies) replies.AddHtml(chatId, html);
        else outbox.Add([new OutboxMessage(chatId, html, [])]);
        return Task.CompletedTask;
    }

    /// <summary>A reply as Telegram messages: the HTML parts, buttons under the last (as <see cref="TelegramChatMessenger"/> sends them).</summary>
    public static IReadOnlyList<OutboxMessage> Render(long chatId, Reply reply)
    {
        var parts = HtmlReplyRenderer.Render(reply);
        return parts.Select((html, i) => new OutboxMessage(chatId, html, i == parts.Count - 1 ? reply.Buttons : [])).ToList();
    }
}
