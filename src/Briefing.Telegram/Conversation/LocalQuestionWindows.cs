using System.Collections.Concurrent;

namespace Briefing.Telegram.Conversation;

/// <summary>The embedded mode's <see cref="IQuestionWindows"/>: one sliding window per sender in memory (one process answers).</summary>
public sealed class LocalQuestionWindows : IQuestionWindows
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _recent = new();

    public bool TryRecord(string senderKey, DateTimeOffset now, TimeSpan window, int limit)
    {
        var queue = _recent.GetOrAdd(senderKey, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() >= window) queue.Dequeue();
            if (queue.Count >= limit) return false;
            queue.Enqueue(now);
            return true;
        }
    }
}
