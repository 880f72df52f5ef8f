using System.Collections.Concurrent;
using System.Globalization;
using Briefing.Core.Answering;
using Briefing.Core.State;
using Dapper;

namespace Briefing.Core.Conversations;

/// <summary>
/// <see cref="IChatHistoryStore"/> on SQLite: kept in memory and written through to <c>conversation_turns</c> in
/// <c>state.db</c> (migration <c>0001_conversation_turns</c>).
/// </summary>
public sealed class SqliteChatHistoryStore : IChatHistoryStore
{
    /// <summary>Conversations kept in memory; beyond this the cache starts afresh and reloads from the database on demand.</summary>
    private const int MaxCachedConversations = 10_000;

    /// <summary>Answer texts are context for condensing, not an archive.</summary>
    private const int MaxStoredAnswerChars = 2_000;

    private readonly StateDatabase _database;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, IReadOnlyList<StoredTurn>> _cache = new(StringComparer.Ordinal);

    public SqliteChatHistoryStore(StateDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>The conversation's recent turns, oldest first.</summary>
    public IReadOnlyList<ChatTurn> GetRecent(string conversationId)
    {
        var cutoff = _time.GetUtcNow() - IChatHistoryStore.MaxAge;
        return _cache.GetOrAdd(conversationId, Load)
            .Where(t => t.At >= cutoff)
            .Select(t => t.Turn)
            .ToArray();
    }

    public void Append(string conversationId, ChatTurn turn)
    {
        var stored = new StoredTurn(turn with { AnswerText = Truncate(turn.AnswerText) }, _time.GetUtcNow());
        if (_cache.Count > MaxCachedConversations) _cache.Clear();
        _cache.AddOrUpdate(conversationId,
            id => [.. Load(id).TakeLast(IChatHistoryStore.MaxTurns - 1), stored],
            (_, turns) => [.. turns.TakeLast(IChatHistoryStore.MaxTurns - 1), stored]);

        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("""
            INSERT INTO conversation_turns (conversation, at, question, standalone, answer) VALUES (@c, @at, @q, @s, @a);
            DELETE FROM conversation_turns WHERE conversation = @c AND rowid NOT IN
                (SELECT rowid FROM conversation_turns WHERE conversation = @c ORDER BY at DESC, rowid DESC LIMIT @keep);
            """,
            new
            {
                c = conversationId,
                at = stored.At.ToString("O", CultureInfo.InvariantCulture),
                q = stored.Turn.Question,
                s = stored.Turn.StandaloneQuestion,
                a = stored.Turn.AnswerText,
                keep = IChatHistoryStore.MaxTurns,
            },
            transaction);
        transaction.Commit();
    }

    private IReadOnlyList<StoredTurn> Load(string conversationId)
    {
        using var connection = _database.Open();
        var rows = connection.Query<TurnRow>("""
            SELECT at, question, standalone, answer FROM conversation_turns
            WHERE conversation = @c ORDER BY at DESC, rowid DESC LIMIT @keep
            """, new { c = conversationId, keep = IChatHistoryStore.MaxTurns });
        return rows
            .Select(row => new StoredTurn(
                new ChatTurn(row.Question, row.Standalone, row.Answer),
                DateTimeOffset.Parse(row.At, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)))
            .Reverse()
            .ToList();
    }

    private static string Truncate(string text) => text.Length <= MaxStoredAnswerChars ? text : text[..MaxStoredAnswerChars];

    private sealed record StoredTurn(ChatTurn Turn, DateTimeOffset At);

    private sealed record TurnRow(string At, string Question, string Standalone, string Answer);
}
