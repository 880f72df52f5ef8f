using System.Globalization;
using Briefing.Core.State;
using Dapper;

namespace Briefing.Telegram.Polling;

/// <summary>
/// <see cref="IUpdateOffsetStore"/> on SQLite: table <c>telegram_polling_offsets</c> in <c>state.db</c>
/// (migration <c>0006_telegram_polling_offsets</c>).
/// </summary>
public sealed class SqliteUpdateOffsetStore : IUpdateOffsetStore
{
    private readonly StateDatabase _database;
    private readonly TimeProvider _time;

    public SqliteUpdateOffsetStore(StateDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>The offset for the next getUpdates: one past the last update taken, or null to take everything pending.</summary>
    public int? NextOffset(string botId)
    {
        using var connection = _database.Open();
        var rows = connection.Query<(long LastUpdateId, string SavedAt)>(
            "SELECT last_update_id, saved_at FROM telegram_polling_offsets WHERE bot_id = @botId", new { botId }).ToList();
        if (rows is not [var found]) return null;
        var savedAt = DateTimeOffset.Parse(found.SavedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return _time.GetUtcNow() - savedAt > IUpdateOffsetStore.MaxUsefulAge ? null : (int)found.LastUpdateId + 1;
    }

    public void SaveLastUpdateId(string botId, int updateId)
    {
        using var connection = _database.Open();
        connection.Execute("""
            INSERT INTO telegram_polling_offsets (bot_id, last_update_id, saved_at) VALUES (@botId, @updateId, @at)
            ON CONFLICT (bot_id) DO UPDATE SET last_update_id = excluded.last_update_id, saved_at = excluded.saved_at
            """, new { botId, updateId, at = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) });
    }
}
