namespace Briefing.Telegram.Delivery;

/// <summary>
/// The transactional outbox: replies written with their update's completion (<see cref="IUpdateQueue.Complete"/>) or
/// on their own (digests, notices), sent in order by the one sender (<see cref="OutboxSender"/>) and marked sent.
/// The sender claims each message right before sending it, conditional on still holding its role
/// (<see cref="ClaimAsync"/>), and marks it sent once Telegram accepted it. So every message is sent exactly once,
/// except one the database shows claimed but not marked sent when its sender stopped (killed, or its role lost
/// mid-send): Telegram may have accepted it, and Telegram has no idempotency key, so the next sender sends it again
/// (at least once: a duplicate beats a lost answer). At most one message per chat is in flight at a time.
/// </summary>
public interface IOutbox
{
    void Add(IReadOnlyList<OutboxMessage> messages);

    /// <summary>Unsent messages, oldest first, claimed or not (a claim of a sender that stopped passes to the next).</summary>
    IReadOnlyList<OutboxMessage> Pending(int limit);

    /// <summary>
    /// Claims message <paramref name="id"/> for the sender holding <paramref name="sender"/> (the role
    /// <see cref="OutboxSender.Role"/>), checked in the same statement: returns the attempt (1; 2 or more when an
    /// earlier sender claimed it and stopped before marking it sent, so it may have arrived already) and that earlier
    /// sender's term (<see cref="OutboxClaim.PreviousClaimant"/>, null on a first claim), or null when it was marked
    /// sent meanwhile. Throws <see cref="LeadershipLostException"/> when the role is no longer held: such a sender
    /// must not send. <paramref name="sender"/> must come from the same store's <see cref="ILeaderElection"/>:
    /// the claim runs on that holding's own database session (PostgreSQL's outbox refuses any other as not held).
    /// </summary>
    Task<OutboxClaim?> ClaimAsync(long id, ILeadership sender, CancellationToken cancellationToken);

    void MarkSent(long id);
}
