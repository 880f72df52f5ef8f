using Briefing.Core.Answering;
using Briefing.Core.Conversations;
using Dapper;

namespace Briefing.Storage.Postgres;

/// <summary>
/// <see cref="IChatHistoryStore"/> on PostgreSQL (migration <c>0001_conversation_turns</c>). No in-process cache: a
/// chat's next message may reach another instance, which must see this turn.
/// </summary>
public sealed class PostgresChatHistoryStore(PostgresDatabase database, TimeProvider time) : IChatHistoryStore
{
    /// <summary>Answer texts are context for condensing, not an archive (as on SQLite).</summary>
    private const int MaxStoredAnswerChars = 2_000;

    public IReadOnlyList<ChatTurn> GetRecent(string conversationId)
    {
        using var connection = database.Open();
        return connection.Query<(string Question, string Standalone, string Answer)>("""
                SELECT question, standalone, answer FROM conversation_turns
                WHERE conversation = @conversationId AND at >= @cutoff
                ORDER BY at DESC, seq DESC LIMIT @keep
                """,
                new { conversationId, cutoff = (time.GetUtcNow() - IChatHistoryStore.MaxAge).UtcDateTime, keep = IChatHistoryStore.MaxTurns })
            .Select(row => new ChatTurn(row.Question, row.Standalone, row.Answer))
            .Reverse()
            .ToArray();
    }

    public void Append(string conversationId, ChatTurn turn)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("""
            INSERT INTO conversation_turns (conversation, at, question, standalone, answer) VALUES (@conversationId, @at, @q, @s, @a);
            DELETE FROM conversation_turns WHERE conversation = @conversationId AND seq NOT IN
                (SELECT seq FROM conversation_turns WHERE conversation = @conversationId ORDER BY at DESC, seq DESC LIMIT @keep);
            """,
            new
            {
                conversationId,
                at = time.GetUtcNow().UtcDateTime,
                q = turn.Question,
                s = turn.StandaloneQuestion,
                a = turn.AnswerText.Length <= MaxStoredAnswerChars ? turn.AnswerText : turn.AnswerText[..MaxStoredAnswerChars],
                keep = IChatHistoryStore.MaxTurns,
            },
            transaction);
        transaction.Commit();
    }
}
