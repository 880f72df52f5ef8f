using System.Collections.Concurrent;

namespace Briefing.Telegram.Conversation;

/// <summary>
/// The embedded mode's <see cref="IQuestionWindows"/>: one sliding window per sender in memory (one process answers).
/// Senders with no question within the window are forgotten once per window, so memory holds the recent askers, not
/// every user the bot ever had (as <c>PostgresQuestionWindows</c> deletes their rows).
/// </summary>
public sealed class LocalQuestionWindows : IQuestionWindows
{
    private readonly ConcurrentDictionary<string, Window> _recent = new();
    private readonly Lock _sweepGate = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>Senders currently remembered.</summary>
    public int Count => _recent.Count;

    public bool TryRecord(string senderKey, DateTimeOffset now, TimeSpan window, int limit)
    {
        SweepNowAndThen(now, window);
        while (true)
        {
            var sender = _recent.GetOrAdd(senderKey, _ => new Window());
            lock (sender)
            {
                if (sender.Forgotten) continue; // swept between the look-up and the lock: take the sender's new window
                sender.Trim(now, window);
                if (sender.Asked.Count >= limit) return false;
                sender.Asked.Enqueue(now);
                return true;
            }
        }
    }

    private void SweepNowAndThen(DateTimeOffset now, TimeSpan window)
    {
        lock (_sweepGate)
        {
            if (now < _nextSweep) return;
            _nextSweep = now + window;
        }
        foreach (var (key, sender) in _recent)
        {
            lock (sender)
            {
                sender.Trim(now, window);
                if (sender.Asked.Count > 0) continue;
                sender.Forgotten = true; // a caller holding this window already looks again
                _recent.TryRemove(new KeyValuePair<string, Window>(key, sender));
            }
        }
    }

    private sealed class Window
    {
        public Queue<DateTimeOffset> Asked { get; } = new();

        public bool Forgotten { get; set; }

        public void Trim(DateTimeOffset now, TimeSpan window)
        {
            while (Asked.Count > 0 && now - Asked.Peek() >= window) Asked.Dequeue();
        }
    }
}
