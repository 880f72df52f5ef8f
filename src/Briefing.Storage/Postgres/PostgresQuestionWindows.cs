using Briefing.Telegram.Conversation;
using Dapper;

namespace Briefing.Storage.Postgres;

/// <summary>
/// <see cref="IQuestionWindows"/> on PostgreSQL (migration <c>0012_telegram_question_windows</c>): the sender's row is
/// locked (<c>FOR UPDATE</c>) while its window is trimmed, counted and extended, so two instances taking a question
/// of one user at the same moment count one after the other. One row per sender keeps the table as small as the
/// number of users.
/// </summary>
public sealed class PostgresQuestionWindows(PostgresDatabase database) : IQuestionWindows
{
    public bool TryRecord(string senderKey, DateTimeOffset now, TimeSpan window, int limit)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("INSERT INTO telegram_question_windows (sender, asked_at) VALUES (@senderKey, '{}') ON CONFLICT DO NOTHING",
            new { senderKey }, transaction);
        var asked = connection.QuerySingle<DateTime[]>(
            "SELECT asked_at FROM telegram_question_windows WHERE sender = @senderKey FOR UPDATE", new { senderKey }, transaction);
        var recent = asked.Select(at => DateTime.SpecifyKind(at, DateTimeKind.Utc))
            .Where(at => now.UtcDateTime - at < window)
            .ToList();
        var allowed = recent.Count < limit;
        if (allowed) recent.Add(now.UtcDateTime);
        connection.Execute("UPDATE telegram_question_windows SET asked_at = @recent WHERE sender = @senderKey",
            new { senderKey, recent = recent.ToArray() }, transaction);
        transaction.Commit();
        return allowed;
    }
}
