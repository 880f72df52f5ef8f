using System.Globalization;
using Briefing.Core.Answering;
using Briefing.Core.State;
using Dapper;

namespace Briefing.Telegram.Answers;

/// <summary><see cref="IAnswerStore"/> on SQLite: table <c>bot_answers</c> in <c>state.db</c> (migration <c>0005_bot_answers</c>).</summary>
public sealed class SqliteAnswerStore : IAnswerStore
{
    private readonly StateDatabase _database;
    private readonly TimeProvider _time;

    public SqliteAnswerStore(StateDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>Stores the answer and returns its id (12 URL-safe characters).</summary>
    public string Save(string conversationId, Answer answer)
    {
        var id = StoredAnswer.NewId();
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("""
            INSERT INTO bot_answers (id, conversation, at, answer_json) VALUES (@id, @c, @at, @json);
            DELETE FROM bot_answers WHERE conversation = @c AND id NOT IN
                (SELECT id FROM bot_answers WHERE conversation = @c ORDER BY at DESC, rowid DESC LIMIT @keep);
            """,
            new
            {
                id,
                c = conversationId,
                at = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                json = StoredAnswer.ToJson(answer),
                keep = IAnswerStore.MaxAnswersPerConversation,
            },
            transaction);
        transaction.Commit();
        return id;
    }

    /// <summary>The answer with this id in this conversation; null when unknown, expired or another chat's.</summary>
    public Answer? Find(string conversationId, string answerId) =>
        Query("SELECT answer_json FROM bot_answers WHERE conversation = @conversationId AND id = @answerId", conversationId, answerId);

    public Answer? FindLatest(string conversationId) =>
        Query("SELECT answer_json FROM bot_answers WHERE conversation = @conversationId ORDER BY at DESC, rowid DESC LIMIT 1", conversationId, null);

    private Answer? Query(string sql, string conversationId, string? answerId)
    {
        using var connection = _database.Open();
        return connection.ExecuteScalar<string?>(sql, new { conversationId, answerId }) is { } json
            ? StoredAnswer.FromJson(json)
            : null;
    }

    public int WithdrawCitations(IReadOnlyCollection<string> articleIds)
    {
        var removed = articleIds.ToHashSet(StringComparer.Ordinal);
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction();
        var changed = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var articleId in removed)
        {
            var rows = connection.Query<(string Id, string Json)>(
                "SELECT id, answer_json FROM bot_answers WHERE instr(answer_json, @needle) > 0",
                new { needle = StoredAnswer.CitationNeedle(articleId) }, transaction);
            foreach (var (id, json) in rows)
            {
                // An answer citing two removed articles matches twice; the first match withdrew both.
                if (changed.ContainsKey(id) || StoredAnswer.FromJson(json) is not { } answer) continue;
                if (StoredAnswer.WithoutCitationsOf(answer, removed) is { } withdrawn) changed[id] = withdrawn;
            }
        }
        connection.Execute("UPDATE bot_answers SET answer_json = @json WHERE id = @id",
            changed.Select(pair => new { id = pair.Key, json = StoredAnswer.ToJson(pair.Value) }), transaction);
        transaction.Commit();
        return changed.Count;
    }
}
