using Briefing.Telegram.Polling;
using Dapper;

namespace Briefing.Storage.Postgres;

/// <summary><see cref="IUpdateOffsetStore"/> on PostgreSQL (migration <c>0006_telegram_polling_offsets</c>).</summary>
public sealed class PostgresUpdateOffsetStore(PostgresDatabase database, TimeProvider time) : IUpdateOffsetStore
{
    public int? NextOffset(string botId)
    {
        using var connection = database.Open();
        var rows = connection.Query<(long LastUpdateId, DateTime SavedAt)>(
            "SELECT last_update_id, saved_at FROM telegram_polling_offsets WHERE bot_id = @botId", new { botId }).ToList();
        if (rows is not [var found]) return null;
        var savedAt = new DateTimeOffset(DateTime.SpecifyKind(found.SavedAt, DateTimeKind.Utc));
        return time.GetUtcNow() - savedAt > IUpdateOffsetStore.MaxUsefulAge ? null : (int)found.LastUpdateId + 1;
    }

    public void SaveLastUpdateId(string botId, int updateId)
    {
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO telegram_polling_offsets (bot_id, last_update_id, saved_at) VALUES (@botId, @updateId, @at)
            ON CONFLICT (bot_id) DO UPDATE SET last_update_id = excluded.last_update_id, saved_at = excluded.saved_at
            """, new { botId, updateId = (long)updateId, at = time.GetUtcNow().UtcDateTime });
    }
}
