using System.Text.Json;
using Briefing.Telegram.Delivery;
using Briefing.Telegram.Replies;
using Dapper;
using Npgsql;

namespace Briefing.Storage.Postgres;

/// <summary><see cref="IOutbox"/> on PostgreSQL (migration <c>0010_telegram_update_queue</c>): messages in insertion order.</summary>
public sealed class PostgresOutbox(PostgresDatabase database) : IOutbox
{
    public void Add(IReadOnlyList<OutboxMessage> messages)
    {
        if (messages.Count == 0) return;
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        Insert(connection, transaction, null, messages);
        transaction.Commit();
    }

    public IReadOnlyList<OutboxMessage> Pending(int limit)
    {
        using var connection = database.Open();
        return connection.Query<(long Id, long ChatId, string Html, string Buttons)>(
                "SELECT id, chat_id, html, buttons FROM telegram_outbox WHERE sent_at IS NULL ORDER BY id LIMIT @limit", new { limit })
            .Select(row => new OutboxMessage(row.ChatId, row.Html, JsonSerializer.Deserialize<List<ReplyButton>>(row.Buttons) ?? [], row.Id))
            .ToList();
    }

    public void MarkSent(long id)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE telegram_outbox SET sent_at = now() WHERE id = @id", new { id });
    }

    /// <summary>Writes messages inside the caller's transaction (an update's completion, or <see cref="Add"/>).</summary>
    internal static void Insert(NpgsqlConnection connection, NpgsqlTransaction transaction, long? updateId, IReadOnlyList<OutboxMessage> messages) =>
        connection.Execute(
            "INSERT INTO telegram_outbox (update_id, chat_id, html, buttons) VALUES (@updateId, @ChatId, @Html, @buttons)",
            messages.Select(m => new { updateId, m.ChatId, m.Html, buttons = JsonSerializer.Serialize(m.Buttons) }),
            transaction);
}
