namespace Briefing.Telegram.Delivery;

/// <summary>
/// The transactional outbox: replies written with their update's completion (<see cref="IUpdateQueue.Complete"/>) or
/// on their own (digests, notices), sent in order by the one sender (<see cref="OutboxSender"/>) and marked sent.
/// </summary>
public interface IOutbox
{
    void Add(IReadOnlyList<OutboxMessage> messages);

    /// <summary>Unsent messages, oldest first.</summary>
    IReadOnlyList<OutboxMessage> Pending(int limit);

    void MarkSent(long id);
}
