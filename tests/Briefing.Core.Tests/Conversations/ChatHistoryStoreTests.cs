using Briefing.Core.Answering;
using Briefing.Core.Conversations;
using Briefing.Core.State;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Core.Tests.Conversations;

public sealed class ChatHistoryStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefing-history-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    private SqliteChatHistoryStore NewStore() => new(new StateDatabase(Path.Combine(_folder, "state.db")), _time);

    [Fact]
    public void Each_conversation_sees_only_its_own_turns()
    {
        var store = NewStore();
        store.Append("telegram:1", new ChatTurn("Frage A", "Frage A", "Antwort A"));
        store.Append("telegram:2", new ChatTurn("Question B", "Question B", "Answer B"));

        Assert.Equal(["Frage A"], store.GetRecent("telegram:1").Select(t => t.Question));
        Assert.Equal(["Question B"], store.GetRecent("telegram:2").Select(t => t.Question));
        Assert.Empty(store.GetRecent("telegram:3"));
    }

    [Fact]
    public void Keeps_the_last_turns_in_order_and_survives_a_restart()
    {
        var store = NewStore();
        for (var i = 1; i <= 8; i++)
        {
            store.Append("console", new ChatTurn($"q{i}", $"q{i}", $"a{i}"));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var expected = new[] { "q4", "q5", "q6", "q7", "q8" };
        Assert.Equal(expected, store.GetRecent("console").Select(t => t.Question));
        Assert.Equal(expected, NewStore().GetRecent("console").Select(t => t.Question));
    }

    [Fact]
    public void Old_turns_are_no_longer_context()
    {
        var store = NewStore();
        store.Append("console", new ChatTurn("q", "q", "a"));
        _time.Advance(IChatHistoryStore.MaxAge + TimeSpan.FromMinutes(1));

        Assert.Empty(store.GetRecent("console"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
