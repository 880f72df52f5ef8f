using Briefing.Core.Answering;
using Briefing.Core.Conversations;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

public sealed class FollowUpAnswerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly EngineFixture _engine;

    public FollowUpAnswerTests()
    {
        _engine = new EngineFixture(_folder, configure: services => services.AddBriefingConversations());
        _engine.IngestAsync(RepoPaths.SeedArticle).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_follow_up_naming_a_new_person_is_answered_from_the_passage_about_that_person()
    {
        var first = await _engine.AskAsync("Wann wurde die SCO gegründet?");
        var history = new[] { new ChatTurn(first.Question, first.Question, first.Text) };

        var followUp = await _engine.AskAsync("Und was sagte Lawrow?", history);

        Assert.False(followUp.Abstained);
        Assert.NotNull(followUp.StandaloneQuestion); // retrieval used the previous question's terms
        Assert.Contains(followUp.Citations, c => c.Quote.Contains("Lawrow"));
        ExtractiveAnswerTests.AssertContractHolds(followUp);
    }

    [Fact]
    public async Task A_follow_up_about_something_the_articles_never_mention_still_abstains()
    {
        var first = await _engine.AskAsync("Wann wurde die SCO gegründet?");
        var history = new[] { new ChatTurn(first.Question, first.Question, first.Text) };

        var followUp = await _engine.AskAsync("Und was sagte Angela Merkel zur Fußball-WM?", history);

        Assert.True(followUp.Abstained);
    }

    [Fact]
    public async Task A_follow_up_asking_for_another_number_leads_with_the_sentence_that_holds_it()
    {
        _folder.Write("news/hafen.txt", """
            Neuer Hafen in Kiel eröffnet
            Die Stadt Kiel hat am Montag einen neuen Containerhafen eröffnet. Der Bau kostete 240 Millionen Euro.
            Bürgermeisterin Anna Berger sagte, der Hafen schaffe 1.200 neue Arbeitsplätze in der Region.
            """);
        await _engine.IngestAsync(_folder.Combine("news"));
        var first = await _engine.AskAsync("Wie viel kostete der neue Hafen in Kiel?");
        var history = new[] { new ChatTurn(first.Question, first.Question, first.Text) };

        var followUp = await _engine.Answers.AskAsync(new AskRequest("Und wie viele Arbeitsplätze?") { History = history, Trace = true }, CancellationToken.None);

        Assert.True(followUp.Citations.Count > 0, string.Join("\n", followUp.Trace));
        Assert.True(followUp.Citations[0].Quote.Contains("1.200 neue Arbeitsplätze"), string.Join("\n", followUp.Trace));
    }

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }
}
