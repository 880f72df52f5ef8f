using System.Globalization;
using Briefing.Core.State;
using Dapper;

namespace Briefing.Telegram.Polling;

/// <summary>
/// The last update id taken from Telegram, per bot, and when (table <c>telegram_polling_offsets</c>, migration
/// <c>0006_telegram_polling_offsets</c>). It is saved
/// before the updates are handled, so after a crash or restart no update is answered twice.
/// </summary>
public sealed class UpdateOffsetStore
{
    /// <summary>
    /// Telegram keeps unconfirmed updates for 24 hours, and after a week without updates it may continue with a
    /// random, lower update id. An offset older than this can therefore only hide new updates: it is not used.
    /// </summary>
    public static readonly TimeSpan MaxUsefulAge = TimeSpan.FromHours(24);

    private readonly StateDatabase _database;
    private readonly TimeProvider _time;

    public UpdateOffsetStore(StateDatabase database, TimeProvider time)
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
        return _time.GetUtcNow() - savedAt > MaxUsefulAge ? null : (int)found.LastUpdateId + 1;
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
