using Briefing.Core.Answering;
using Briefing.Core.Conversations;
using Briefing.Storage.Tests.Support;

namespace Briefing.Storage.Tests.Stores;

public sealed class ChatHistoryStoreTests(PostgresCluster cluster) : StoreTestBase(cluster)
{
    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Each_conversation_sees_only_its_own_turns(StorageProvider provider)
    {
        var store = Open(provider).ChatHistory();
        store.Append("telegram:1", new ChatTurn("Frage A", "Frage A", "Antwort A"));
        store.Append("telegram:2", new ChatTurn("Question B", "Question B", "Answer B"));

        Assert.Equal(["Frage A"], store.GetRecent("telegram:1").Select(t => t.Question));
        Assert.Equal(["Question B"], store.GetRecent("telegram:2").Select(t => t.Question));
        Assert.Empty(store.GetRecent("telegram:3"));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Keeps_the_last_turns_in_order_also_for_another_instance(StorageProvider provider)
    {
        var backend = Open(provider);
        var store = backend.ChatHistory();
        for (var i = 1; i <= 8; i++)
        {
            store.Append("console", new ChatTurn($"q{i}", $"s{i}", $"a{i}"));
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        var expected = new[] { "q4", "q5", "q6", "q7", "q8" };
        Assert.Equal(expected, store.GetRecent("console").Select(t => t.Question));
        var other = backend.ChatHistory().GetRecent("console");
        Assert.Equal(expected, other.Select(t => t.Question));
        Assert.Equal(new ChatTurn("q8", "s8", "a8"), other[^1]);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Old_turns_are_no_longer_context_and_long_answers_are_cut(StorageProvider provider)
    {
        var store = Open(provider).ChatHistory();
        store.Append("console", new ChatTurn("q", "q", "a"));
        Time.Advance(IChatHistoryStore.MaxAge + TimeSpan.FromMinutes(1));
        Assert.Empty(store.GetRecent("console"));

        store.Append("console", new ChatTurn("long", "long", new string('x', 5_000)));
        Assert.Equal(2_000, store.GetRecent("console").Single().AnswerText.Length);
    }
}
