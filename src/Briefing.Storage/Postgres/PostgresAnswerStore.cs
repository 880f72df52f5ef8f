using System.Security.Cryptography;
using System.Text.Json;
using Briefing.Core.Answering;
using Briefing.Telegram.Answers;
using Dapper;

namespace Briefing.Storage.Postgres;

/// <summary><see cref="IAnswerStore"/> on PostgreSQL (migration <c>0005_bot_answers</c>): any instance can serve a "Sources" button.</summary>
public sealed class PostgresAnswerStore(PostgresDatabase database, TimeProvider time) : IAnswerStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Save(string conversationId, Answer answer)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("""
            INSERT INTO bot_answers (id, conversation, at, answer_json) VALUES (@id, @conversationId, @at, @json);
            DELETE FROM bot_answers WHERE conversation = @conversationId AND id NOT IN
                (SELECT id FROM bot_answers WHERE conversation = @conversationId ORDER BY at DESC, seq DESC LIMIT @keep);
            """,
            new
            {
                id,
                conversationId,
                at = time.GetUtcNow().UtcDateTime,
                json = JsonSerializer.Serialize(answer, Json),
                keep = IAnswerStore.MaxAnswersPerConversation,
            },
            transaction);
        transaction.Commit();
        return id;
    }

    public Answer? Find(string conversationId, string answerId) =>
        Query("SELECT answer_json FROM bot_answers WHERE conversation = @conversationId AND id = @answerId", conversationId, answerId);

    public Answer? FindLatest(string conversationId) =>
        Query("SELECT answer_json FROM bot_answers WHERE conversation = @conversationId ORDER BY at DESC, seq DESC LIMIT 1", conversationId, null);

    public int WithdrawCitations(IReadOnlyCollection<string> articleIds)
    {
        var removed = articleIds.ToHashSet(StringComparer.Ordinal);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        // A cheap text match narrows the rows (locked against a concurrent withdrawal); the parsed citations decide.
        var rows = connection.Query<(string Id, string Json)>(
            "SELECT id, answer_json FROM bot_answers WHERE answer_json LIKE ANY(@needles) FOR UPDATE",
            new { needles = removed.Select(id => "%" + EscapeLike(JsonSerializer.Serialize(id, Json)) + "%").ToArray() }, transaction);
        var changed = new List<(string Id, Answer Answer)>();
        foreach (var (id, json) in rows)
        {
            var answer = JsonSerializer.Deserialize<Answer>(json, Json);
            if (answer is not null && answer.Citations.Any(c => removed.Contains(c.ArticleId)))
                changed.Add((id, answer with { Citations = [.. answer.Citations.Where(c => !removed.Contains(c.ArticleId))] }));
        }
        connection.Execute("UPDATE bot_answers SET answer_json = @json WHERE id = @id",
            changed.Select(pair => new { id = pair.Id, json = JsonSerializer.Serialize(pair.Answer, Json) }), transaction);
        transaction.Commit();
        return changed.Count;
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    private Answer? Query(string sql, string conversationId, string? answerId)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<string?>(sql, new { conversationId, answerId }) is { } json
            ? JsonSerializer.Deserialize<Answer>(json, Json)
            : null;
    }
}
