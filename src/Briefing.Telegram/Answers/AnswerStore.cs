using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Briefing.Core.Answering;
using Briefing.Core.State;

namespace Briefing.Telegram.Answers;

/// <summary>
/// Answers kept for /sources and the "Sources" button (table <c>bot_answers</c>): a button's callback data names a
/// short id, never the answer itself (64-byte limit). Lookups always include the conversation, so a forwarded or
/// forged button cannot reveal another chat's answer.
/// </summary>
public sealed class AnswerStore
{
    /// <summary>Per conversation; older answers' buttons answer "expired".</summary>
    public const int MaxAnswersPerConversation = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly StateDatabase _database;
    private readonly TimeProvider _time;

    public AnswerStore(StateDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
        _database.EnsureSchema("""
            CREATE TABLE IF NOT EXISTS bot_answers (
                id TEXT PRIMARY KEY,
                conversation TEXT NOT NULL,
                at TEXT NOT NULL,
                answer_json TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS bot_answers_by_conversation ON bot_answers (conversation, at);
            """);
    }

    /// <summary>Stores the answer and returns its id (12 URL-safe characters).</summary>
    public string Save(string conversationId, Answer answer)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO bot_answers (id, conversation, at, answer_json) VALUES ($id, $c, $at, $json);
            DELETE FROM bot_answers WHERE conversation = $c AND id NOT IN
                (SELECT id FROM bot_answers WHERE conversation = $c ORDER BY at DESC, rowid DESC LIMIT $keep);
            """;
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$c", conversationId);
        insert.Parameters.AddWithValue("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$json", JsonSerializer.Serialize(answer, Json));
        insert.Parameters.AddWithValue("$keep", MaxAnswersPerConversation);
        insert.ExecuteNonQuery();
        transaction.Commit();
        return id;
    }

    /// <summary>The answer with this id in this conversation; null when unknown, expired or another chat's.</summary>
    public Answer? Find(string conversationId, string answerId) =>
        Query("SELECT answer_json FROM bot_answers WHERE conversation = $c AND id = $id", conversationId, answerId);

    public Answer? FindLatest(string conversationId) =>
        Query("SELECT answer_json FROM bot_answers WHERE conversation = $c ORDER BY at DESC, rowid DESC LIMIT 1", conversationId, null);

    private Answer? Query(string sql, string conversationId, string? answerId)
    {
        using var connection = _database.Open();
        using var select = connection.CreateCommand();
        select.CommandText = sql;
        select.Parameters.AddWithValue("$c", conversationId);
        if (answerId is not null) select.Parameters.AddWithValue("$id", answerId);
        return select.ExecuteScalar() is string json ? JsonSerializer.Deserialize<Answer>(json, Json) : null;
    }
}
