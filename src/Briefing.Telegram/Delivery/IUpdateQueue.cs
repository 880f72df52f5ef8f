namespace Briefing.Telegram.Delivery;

/// <summary>
/// Updates shared by several bot instances (PostgreSQL): whoever receives an update (a webhook call, the one poller)
/// records it; any instance claims it for a lease, handles it and completes it together with its replies in one
/// transaction (<see cref="Complete"/>). An update whose handler died is claimed again when the lease runs out, so
/// every update is answered exactly once. A chat's updates are claimed one at a time, in update order.
/// </summary>
public interface IUpdateQueue
{
    /// <summary>Records an update; false when it was recorded before (Telegram delivers again after a failed call).</summary>
    bool Enqueue(long updateId, long chatId, string payloadJson);

    /// <summary>The oldest open update no other live lease holds whose chat has no earlier open update; null when none.</summary>
    ClaimedUpdate? Claim(string owner, TimeSpan lease);

    /// <summary>
    /// Extends <paramref name="owner"/>'s lease while its handler is still at work, so a slow instance keeps its
    /// update and only a dead one's lease runs out; false when the lease is no longer <paramref name="owner"/>'s.
    /// </summary>
    bool Renew(long updateId, string owner, TimeSpan lease);

    /// <summary>
    /// Marks the update done and puts its replies in the outbox, atomically — only while <paramref name="owner"/> still
    /// holds the lease. False when the lease ran out and another instance claimed it (the replies are dropped: that
    /// instance answers).
    /// </summary>
    bool Complete(long updateId, string owner, IReadOnlyList<OutboxMessage> replies);
}
