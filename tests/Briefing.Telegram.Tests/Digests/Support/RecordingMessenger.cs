using System.Collections.Concurrent;
using Briefing.Telegram.Messaging;
using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Tests.Digests.Support;

/// <summary>Keeps what would be sent to which chat, rendered as the Telegram messenger renders it.</summary>
internal sealed class RecordingMessenger : IChatMessenger
{
    public ConcurrentQueue<(long ChatId, IReadOnlyList<string> Html)> Sent { get; } = new();

    public Task SendAsync(long chatId, Reply reply, CancellationToken cancellationToken)
    {
        Sent.Enqueue((chatId, HtmlReplyRenderer.Render(reply)));
        return Task.CompletedTask;
    }

    public Task SendHtmlAsync(long chatId, string html, CancellationToken cancellationToken)
    {
        Sent.Enqueue((chatId, [html]));
        return Task.CompletedTask;
    }
}
