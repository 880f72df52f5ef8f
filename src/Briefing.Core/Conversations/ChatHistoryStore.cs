using System.Collections.Concurrent;
using System.Globalization;
using Briefing.Core.Answering;
using Briefing.Core.State;
using Dapper;

namespace Briefing.Core.Conversations;

/// <summary>
/// The recent turns of each conversation, keyed by conversation id ("telegram:42", "console"): kept in memory and
/// written through to <c>conversation_turns</c> in the state database, so follow-ups survive a restart. Turns older
/// than <see cref="MaxAge"/> are no longer context: a question hours later starts afresh.
/// A conversation only ever reads its own key, so one chat's history never reaches another chat.
/// </summary>
public sealed class ChatHistoryStore
{
    public const int MaxTurns = 5;
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(2);

    /// <summary>Conversations kept in memory; beyond this the cache starts afresh and reloads from the database on demand.</summary>
    private const int MaxCachedConversations = 10_000;

    /// <summary>Answer texts are context for condensing, not an archive.</summary>
    private const int MaxStoredAnswerChars = 2_000;

    private readonly StateDatabase _database;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, IReadOnlyList<StoredTurn>> _cache = new(StringComparer.Ordinal);

    public ChatHistoryStore(StateDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>The conversation's recent turns, oldest first.</summary>
    public IReadOnlyList<ChatTurn> GetRecent(string conversationId)
    {
        var cutoff = _time.GetUtcNow() - MaxAge;
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
            id => [.. Load(id).TakeLast(MaxTurns - 1), stored],
            (_, turns) => [.. turns.TakeLast(MaxTurns - 1), stored]);

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
                keep = MaxTurns,
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
            """, new { c = conversationId, keep = MaxTurns });
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
