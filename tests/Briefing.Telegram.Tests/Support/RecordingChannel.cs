using System.Collections.Concurrent;
using Briefing.Telegram.Conversation;
using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Tests.Support;

/// <summary>A conversation channel that keeps what the bot sent.</summary>
public sealed class RecordingChannel : IConversationChannel
{
    public ConcurrentQueue<Reply> Replies { get; } = new();
    public int TypingCount;
    public byte[]? DocumentContent { get; init; }

    public IReadOnlyList<string> Texts => Replies.Select(r => r.PlainText).ToArray();

    public Task SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        Replies.Enqueue(reply);
        return Task.CompletedTask;
    }

    public Task ShowTypingAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref TypingCount);
        return Task.CompletedTask;
    }

    public Task<byte[]?> DownloadAsync(IncomingDocument document, CancellationToken cancellationToken) => Task.FromResult(DocumentContent);
}
