using Briefing.Telegram.Configuration;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Messaging;

/// <summary>
/// Keeps outgoing messages within Telegram's flood limits: at least <c>PerChatMessageIntervalMs</c> between two
/// messages to one chat and at most <c>GlobalMessagesPerSecond</c> overall. Callers wait for their slot (queued in
/// arrival order), nothing is dropped. The per-chat wait comes first, so a busy chat never holds up the others.
/// The per-chat interval also counts from when Telegram answered the chat's previous message (<see cref="Answered"/>):
/// Telegram counts messages as they reach it, and a slow request followed by a fast one would otherwise arrive
/// closer together than they left.
/// </summary>
public sealed class OutboundRateLimiter(IOptions<TelegramOptions> options, TimeProvider time)
{
    private readonly Dictionary<long, DateTimeOffset> _nextPerChat = [];
    private readonly Lock _gate = new();
    private DateTimeOffset _nextGlobal = DateTimeOffset.MinValue;

    public async Task WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        await DelayUntilAsync(ReserveChatSlot(chatId), cancellationToken);
        await DelayUntilAsync(ReserveGlobalSlot(), cancellationToken);
        PushChatSlotPastNow(chatId);
    }

    /// <summary>Telegram answered (or refused) a message to <paramref name="chatId"/>: the chat's next one waits the interval from now.</summary>
    public void Answered(long chatId) => PushChatSlotPastNow(chatId);

    /// <summary>
    /// The message goes now, perhaps later than its chat slot when the global limit held it: the chat's next message
    /// must still keep its interval from this one (else a long global wait followed by none would put two within it).
    /// </summary>
    private void PushChatSlotPastNow(long chatId)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.PerChatMessageIntervalMs);
        lock (_gate)
        {
            var after = time.GetUtcNow() + interval;
            if (!_nextPerChat.TryGetValue(chatId, out var next) || next < after) _nextPerChat[chatId] = after;
        }
    }

    private DateTimeOffset ReserveChatSlot(long chatId)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.PerChatMessageIntervalMs);
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_nextPerChat.Count > 10_000) Prune(now);
            var slot = _nextPerChat.TryGetValue(chatId, out var next) && next > now ? next : now;
            _nextPerChat[chatId] = slot + interval;
            return slot;
        }
    }

    private DateTimeOffset ReserveGlobalSlot()
    {
        var spacing = TimeSpan.FromSeconds(1.0 / options.Value.GlobalMessagesPerSecond);
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var slot = _nextGlobal > now ? _nextGlobal : now;
            _nextGlobal = slot + spacing;
            return slot;
        }
    }

    private Task DelayUntilAsync(DateTimeOffset slot, CancellationToken cancellationToken)
    {
        var wait = slot - time.GetUtcNow();
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (chat, next) in _nextPerChat.ToArray())
            if (next <= now) _nextPerChat.Remove(chat);
    }
}
