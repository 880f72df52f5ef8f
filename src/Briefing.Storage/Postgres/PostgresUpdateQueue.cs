using Briefing.Telegram.Delivery;
using Dapper;

namespace Briefing.Storage.Postgres;

/// <summary>
/// <see cref="IUpdateQueue"/> on PostgreSQL (migration <c>0010_telegram_update_queue</c>). A claim takes the oldest open
/// update whose lease is free or expired and whose chat has no earlier open update, <c>FOR UPDATE SKIP LOCKED</c> so
/// instances claiming together never take the same one; leases run on the database's clock, one for all instances.
/// </summary>
public sealed class PostgresUpdateQueue(PostgresDatabase database) : IUpdateQueue
{
    public bool Enqueue(long updateId, long chatId, string payloadJson)
    {
        using var connection = database.Open();
        return connection.Execute(
            "INSERT INTO telegram_updates (update_id, chat_id, payload) VALUES (@updateId, @chatId, @payloadJson) ON CONFLICT DO NOTHING",
            new { updateId, chatId, payloadJson }) == 1;
    }

    public ClaimedUpdate? Claim(string owner, TimeSpan lease)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<ClaimedUpdate>("""
            UPDATE telegram_updates SET owner = @owner, lease_until = now() + make_interval(secs => @seconds), attempts = attempts + 1
            WHERE update_id = (
                SELECT u.update_id FROM telegram_updates u
                WHERE u.done_at IS NULL AND (u.lease_until IS NULL OR u.lease_until < now())
                  AND NOT EXISTS (SELECT 1 FROM telegram_updates e
                                  WHERE e.chat_id = u.chat_id AND e.update_id < u.update_id AND e.done_at IS NULL)
                ORDER BY u.update_id LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING update_id AS UpdateId, chat_id AS ChatId, payload AS PayloadJson, attempts AS Attempts
            """, new { owner, seconds = lease.TotalSeconds });
    }

    public bool Renew(long updateId, string owner, TimeSpan lease)
    {
        using var connection = database.Open();
        return connection.Execute(
            "UPDATE telegram_updates SET lease_until = now() + make_interval(secs => @seconds) WHERE update_id = @updateId AND owner = @owner AND done_at IS NULL",
            new { updateId, owner, seconds = lease.TotalSeconds }) == 1;
    }

    public bool Complete(long updateId, string owner, IReadOnlyList<OutboxMessage> replies)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var done = connection.Execute(
            "UPDATE telegram_updates SET done_at = now(), lease_until = NULL WHERE update_id = @updateId AND owner = @owner AND done_at IS NULL",
            new { updateId, owner }, transaction);
        if (done == 0) return false; // another instance took it over: its answer counts, this one is dropped
        PostgresOutbox.Insert(connection, transaction, updateId, replies);
        transaction.Commit();
        return true;
    }
}
