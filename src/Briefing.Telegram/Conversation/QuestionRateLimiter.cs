using System.Collections.Concurrent;
using Briefing.Telegram.Configuration;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Conversation;

/// <summary>
/// Per-user sliding window: more than <c>Telegram:MaxQuestionsPerMinute</c> questions within a minute get a
/// friendly "slow down" instead of an answer, so one user cannot starve the others.
/// </summary>
public sealed class QuestionRateLimiter(IOptions<TelegramOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _recent = new();

    /// <summary>Records a question and returns false when the sender is over the limit.</summary>
    public bool TryAcquire(string senderKey)
    {
        var limit = options.Value.MaxQuestionsPerMinute;
        var now = time.GetUtcNow();
        var queue = _recent.GetOrAdd(senderKey, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() >= Window) queue.Dequeue();
            if (queue.Count >= limit) return false;
            queue.Enqueue(now);
            return true;
        }
    }
}
