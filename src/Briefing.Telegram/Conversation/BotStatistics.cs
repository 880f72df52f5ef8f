using System.Collections.Concurrent;

namespace Briefing.Telegram.Conversation;

/// <summary>Counters since start-up for /stats (in memory: they describe this process, not history).</summary>
public sealed class BotStatistics(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, byte> _conversations = new();
    private long _messages;
    private long _questions;
    private long _abstained;
    private long _errors;

    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    public long Messages => Interlocked.Read(ref _messages);
    public long Questions => Interlocked.Read(ref _questions);
    public long Abstained => Interlocked.Read(ref _abstained);
    public long Errors => Interlocked.Read(ref _errors);
    public int Conversations => _conversations.Count;

    public void CountMessage(string conversationId)
    {
        Interlocked.Increment(ref _messages);
        _conversations.TryAdd(conversationId, 0);
    }

    public void CountQuestion(bool abstained)
    {
        Interlocked.Increment(ref _questions);
        if (abstained) Interlocked.Increment(ref _abstained);
    }

    public void CountError() => Interlocked.Increment(ref _errors);
}
