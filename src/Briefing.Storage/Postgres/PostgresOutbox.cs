using System.Text.Json;
using Briefing.Telegram.Delivery;
using Briefing.Telegram.Replies;
using Dapper;
using Npgsql;

namespace Briefing.Storage.Postgres;

/// <summary>
/// <see cref="IOutbox"/> on PostgreSQL (migrations <c>0010_telegram_update_queue</c>, <c>0013_telegram_outbox_claims</c>,
/// <c>0014_telegram_outbox_previous_claims</c>):
/// messages in insertion order; claims run on the sender role's own session (<see cref="PostgresLeaderElection"/>).
/// </summary>
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

    public async Task<OutboxClaim?> ClaimAsync(long id, ILeadership sender, CancellationToken cancellationToken)
    {
        if (sender is not PostgresLeaderElection.Leadership { Role: OutboxSender.Role } held)
            throw new LeadershipLostException($"Only the holder of the {OutboxSender.Role} role claims outbox messages");
        var (holds, attempt, previousClaimant) = await held.OnLockConnectionAsync((connection, parameters) =>
        {
            parameters.Add("id", id);
            parameters.Add("term", held.Term);
            // The lock check and the claim in one statement, on the lock's own session: a sender whose session ended
            // cannot run it, and one whose lock is gone claims nothing. SET expressions read the row's old values, so
            // previous_claimed_by gets the claimant being replaced (RETURNING reads the new ones).
            return connection.QuerySingleAsync<(bool Holds, int? Attempt, string? PreviousClaimant)>(new CommandDefinition($"""
                WITH role AS (SELECT {PostgresLeaderElection.HoldsLockSql} AS held),
                claimed AS (
                    UPDATE telegram_outbox SET previous_claimed_by = claimed_by, claimed_by = @term, attempts = attempts + 1
                    WHERE id = @id AND sent_at IS NULL AND (SELECT held FROM role)
                    RETURNING attempts, previous_claimed_by)
                SELECT (SELECT held FROM role) AS holds, (SELECT attempts FROM claimed) AS attempt,
                       (SELECT previous_claimed_by FROM claimed) AS previous_claimant
                """, parameters, cancellationToken: cancellationToken));
        }, cancellationToken);
        if (!holds) throw new LeadershipLostException($"The {OutboxSender.Role} role is no longer held");
        return attempt is { } claimed ? new OutboxClaim(claimed, previousClaimant) : null;
    }

    public void MarkSent(long id)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE telegram_outbox SET sent_at = now() WHERE id = @id AND sent_at IS NULL", new { id });
    }

    /// <summary>Writes messages inside the caller's transaction (an update's completion, or <see cref="Add"/>).</summary>
    internal static void Insert(NpgsqlConnection connection, NpgsqlTransaction transaction, long? updateId, IReadOnlyList<OutboxMessage> messages) =>
        connection.Execute(
            "INSERT INTO telegram_outbox (update_id, chat_id, html, buttons) VALUES (@updateId, @ChatId, @Html, @buttons)",
            messages.Select(m => new { updateId, m.ChatId, m.Html, buttons = JsonSerializer.Serialize(m.Buttons) }),
            transaction);
}
