using Briefing.Core.State;

namespace Briefing.Telegram.Polling;

/// <summary>
/// The last update id taken from Telegram, per bot (table <c>telegram_update_offsets</c>). It is saved before the
/// updates are handled, so after a crash or restart no update is answered twice.
/// </summary>
public sealed class UpdateOffsetStore
{
    private readonly StateDatabase _database;

    public UpdateOffsetStore(StateDatabase database)
    {
        _database = database;
        _database.EnsureSchema("""
            CREATE TABLE IF NOT EXISTS telegram_update_offsets (
                bot_id TEXT PRIMARY KEY,
                last_update_id INTEGER NOT NULL);
            """);
    }

    public int? LoadLastUpdateId(string botId)
    {
        using var connection = _database.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT last_update_id FROM telegram_update_offsets WHERE bot_id = $bot";
        select.Parameters.AddWithValue("$bot", botId);
        return select.ExecuteScalar() is long id ? (int)id : null;
    }

    public void SaveLastUpdateId(string botId, int updateId)
    {
        using var connection = _database.Open();
        using var upsert = connection.CreateCommand();
        upsert.CommandText = """
            INSERT INTO telegram_update_offsets (bot_id, last_update_id) VALUES ($bot, $id)
            ON CONFLICT (bot_id) DO UPDATE SET last_update_id = max(last_update_id, excluded.last_update_id)
            """;
        upsert.Parameters.AddWithValue("$bot", botId);
        upsert.Parameters.AddWithValue("$id", updateId);
        upsert.ExecuteNonQuery();
    }
}
