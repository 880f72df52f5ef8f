using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Delivery;

/// <summary>
/// The replies a queued update's handler produced, gathered (per async flow) until the update completes: then they
/// enter the outbox in the same transaction. <see cref="OutboxChatMessenger"/> adds to the current collection.
/// </summary>
public sealed class UpdateReplies
{
    private static readonly AsyncLocal<UpdateReplies?> CurrentFlow = new();
    private readonly List<OutboxMessage> _messages = [];

    /// <summary>The collection of the update being handled in this flow, if any.</summary>
    public static UpdateReplies? Current => CurrentFlow.Value;

    public IReadOnlyList<OutboxMessage> Messages
    {
        get { lock (_messages) return _messages.ToArray(); }
    }

    /// <summary>Collects the replies of everything <paramref name="handle"/> does.</summary>
    public static async Task<UpdateReplies> CollectAsync(Func<Task> handle)
    {
        var replies = new UpdateReplies();
        CurrentFlow.Value = replies;
        try
        {
            await handle();
        }
        finally
        {
            CurrentFlow.Value = null;
        }
        return replies;
    }

    public void Add(long chatId, Reply reply)
    {
        lock (_messages) _messages.AddRange(OutboxChatMessenger.Render(chatId, reply));
    }

    public void AddHtml(long chatId, string html)
    {
        lock (_messages) _messages.Add(new OutboxMessage(chatId, html, []));
    }
}
