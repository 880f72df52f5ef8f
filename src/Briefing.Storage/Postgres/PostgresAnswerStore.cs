using Briefing.Core.Answering;
using Briefing.Telegram.Answers;
using Dapper;

namespace Briefing.Storage.Postgres;

/// <summary><see cref="IAnswerStore"/> on PostgreSQL (migration <c>0005_bot_answers</c>): any instance can serve a "Sources" button.</summary>
public sealed class PostgresAnswerStore(PostgresDatabase database, TimeProvider time) : IAnswerStore
{
    public string Save(string conversationId, Answer answer)
    {
        var id = StoredAnswer.NewId();
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
                json = StoredAnswer.ToJson(answer),
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
            new { needles = removed.Select(id => "%" + EscapeLike(StoredAnswer.CitationNeedle(id)) + "%").ToArray() }, transaction);
        var changed = new List<(string Id, Answer Answer)>();
        foreach (var (id, json) in rows)
        {
            if (StoredAnswer.FromJson(json) is { } answer && StoredAnswer.WithoutCitationsOf(answer, removed) is { } withdrawn)
                changed.Add((id, withdrawn));
        }
        connection.Execute("UPDATE bot_answers SET answer_json = @json WHERE id = @id",
            changed.Select(pair => new { id = pair.Id, json = StoredAnswer.ToJson(pair.Answer) }), transaction);
        transaction.Commit();
        return changed.Count;
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    private Answer? Query(string sql, string conversationId, string? answerId)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<string?>(sql, new { conversationId, answerId }) is { } json
            ? StoredAnswer.FromJson(json)
            : null;
    }
}
