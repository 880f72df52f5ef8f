using Briefing.Core.Answering;
using Briefing.Storage.Tests.Support;
using Briefing.Telegram.Answers;

namespace Briefing.Storage.Tests.Stores;

public sealed class AnswerStoreTests(PostgresCluster cluster) : StoreTestBase(cluster)
{
    private static Answer AnswerCiting(string question, params string[] articleIds) => new()
    {
        Question = question,
        Language = "de",
        Abstained = false,
        Text = "Antwort [1] [2]",
        Generator = "extractive",
        Citations = articleIds.Select((id, i) => new Citation(i + 1, id, "Titel " + id, "Quelle", null,
            new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), id + "#p0", "Zitat")).ToList(),
    };

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void An_answer_is_found_only_in_its_own_conversation(StorageProvider provider)
    {
        var backend = Open(provider);
        var id = backend.Answers().Save("telegram:1", AnswerCiting("Frage", "a1"));

        var found = backend.Answers().Find("telegram:1", id);
        Assert.NotNull(found);
        Assert.Equal("a1", Assert.Single(found.Citations).ArticleId);
        Assert.Null(backend.Answers().Find("telegram:2", id));
        Assert.Null(backend.Answers().FindLatest("telegram:2"));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void The_latest_answer_wins_and_old_ones_expire(StorageProvider provider)
    {
        var store = Open(provider).Answers();
        var first = store.Save("telegram:1", AnswerCiting("q0", "a"));
        for (var i = 1; i <= IAnswerStore.MaxAnswersPerConversation; i++) store.Save("telegram:1", AnswerCiting($"q{i}", "a"));

        Assert.Equal($"q{IAnswerStore.MaxAnswersPerConversation}", store.FindLatest("telegram:1")!.Question);
        Assert.Null(store.Find("telegram:1", first));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Withdrawing_removes_only_the_removed_articles_citations(StorageProvider provider)
    {
        var store = Open(provider).Answers();
        var both = store.Save("telegram:1", AnswerCiting("q", "keep", "gone"));
        var other = store.Save("telegram:2", AnswerCiting("q", "keep"));

        Assert.Equal(1, store.WithdrawCitations(["gone"]));

        Assert.Equal(["keep"], store.Find("telegram:1", both)!.Citations.Select(c => c.ArticleId));
        Assert.Equal("Antwort [1] [2]", store.Find("telegram:1", both)!.Text);
        Assert.Equal(["keep"], store.Find("telegram:2", other)!.Citations.Select(c => c.ArticleId));
    }
}
