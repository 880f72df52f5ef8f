using Briefing.Telegram.Conversation;
using Dapper;

namespace Briefing.Storage.Postgres;

/// <summary>
/// <see cref="IQuestionWindows"/> on PostgreSQL (migration <c>0012_telegram_question_windows</c>): the sender's row is
/// locked while its window is trimmed, counted and extended, so two instances taking a question of one user at the
/// same moment count one after the other. One row per sender; rows whose every question is older than the window
/// are deleted once per window by each instance, so the table holds the users of the last minute, not everyone who
/// ever asked.
/// </summary>
public sealed class PostgresQuestionWindows(PostgresDatabase database) : IQuestionWindows
{
    private readonly Lock _pruneGate = new();
    private DateTimeOffset _nextPrune = DateTimeOffset.MinValue;

    public bool TryRecord(string senderKey, DateTimeOffset now, TimeSpan window, int limit)
    {
        bool allowed;
        using (var connection = database.Open())
        using (var transaction = connection.BeginTransaction())
        {
            // Insert-or-lock in one statement: atomic even when another instance's prune deletes the row meanwhile.
            var asked = connection.QuerySingle<DateTime[]>("""
                INSERT INTO telegram_question_windows (sender, asked_at) VALUES (@senderKey, '{}')
                ON CONFLICT (sender) DO UPDATE SET asked_at = telegram_question_windows.asked_at
                RETURNING asked_at
                """, new { senderKey }, transaction);
            var recent = asked.Select(at => DateTime.SpecifyKind(at, DateTimeKind.Utc))
                .Where(at => now.UtcDateTime - at < window)
                .ToList();
            allowed = recent.Count < limit;
            if (allowed) recent.Add(now.UtcDateTime);
            connection.Execute("UPDATE telegram_question_windows SET asked_at = @recent WHERE sender = @senderKey",
                new { senderKey, recent = recent.ToArray() }, transaction);
            transaction.Commit();
        }
        PruneNowAndThen(now, window);
        return allowed;
    }

    /// <summary>
    /// Deletes the rows of senders with no question within the window (trimming them would leave them empty, so the
    /// limit counts the same). At most once per window per instance: one statement a minute, not one per question.
    /// </summary>
    private void PruneNowAndThen(DateTimeOffset now, TimeSpan window)
    {
        lock (_pruneGate)
        {
            if (now < _nextPrune) return;
            _nextPrune = now + window;
        }
        using var connection = database.Open();
        connection.Execute(
            "DELETE FROM telegram_question_windows WHERE NOT EXISTS (SELECT 1 FROM unnest(asked_at) AS t(at) WHERE t.at > @cutoff)",
            new { cutoff = (now - window).UtcDateTime });
    }
}
