using System.Globalization;
using Briefing.Core.State;

namespace Briefing.Telegram.Polling;

/// <summary>
/// The last update id taken from Telegram, per bot, and when (table <c>telegram_polling_offsets</c>). It is saved
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
        _database.EnsureSchema("""
            CREATE TABLE IF NOT EXISTS telegram_polling_offsets (
                bot_id TEXT PRIMARY KEY,
                last_update_id INTEGER NOT NULL,
                saved_at TEXT NOT NULL);
            """);
    }

    /// <summary>The offset for the next getUpdates: one past the last update taken, or null to take everything pending.</summary>
    public int? NextOffset(string botId)
    {
        using var connection = _database.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT last_update_id, saved_at FROM telegram_polling_offsets WHERE bot_id = $bot";
        select.Parameters.AddWithValue("$bot", botId);
        using var reader = select.ExecuteReader();
        if (!reader.Read()) return null;
        var savedAt = DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return _time.GetUtcNow() - savedAt > MaxUsefulAge ? null : (int)reader.GetInt64(0) + 1;
    }

    public void SaveLastUpdateId(string botId, int updateId)
    {
        using var connection = _database.Open();
        using var upsert = connection.CreateCommand();
        upsert.CommandText = """
            INSERT INTO telegram_polling_offsets (bot_id, last_update_id, saved_at) VALUES ($bot, $id, $at)
            ON CONFLICT (bot_id) DO UPDATE SET last_update_id = excluded.last_update_id, saved_at = excluded.saved_at
            """;
        upsert.Parameters.AddWithValue("$bot", botId);
        upsert.Parameters.AddWithValue("$id", updateId);
        upsert.Parameters.AddWithValue("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        upsert.ExecuteNonQuery();
    }
}
