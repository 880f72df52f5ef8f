using Briefing.Core.Answering;
using Briefing.Core.Conversations;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Conversations;

/// <summary>Follow-ups decided by what the question's own words retrieve, over the repository's samples (seed article included).</summary>
public sealed class RetrievalTopicJudgeTests : IDisposable
{
    private const string FerryQuestion = "How long did the solar ferry crossing take?";
    private const string SeedQuestion = "Wann wurde die SCO gegründet?";
    private readonly TempFolder _folder = new();
    private readonly EngineFixture _engine;
    private readonly RetrievalTopicJudge _judge;

    public RetrievalTopicJudgeTests()
    {
        _engine = new EngineFixture(_folder, configure: services => services.AddBriefingConversations());
        _engine.IngestAsync(RepoPaths.Samples).GetAwaiter().GetResult();
        _judge = new RetrievalTopicJudge(_engine.Index);
    }

    private static IReadOnlyList<ChatTurn> After(string question) => [new ChatTurn(question, question, "…")];

    [Theory]
    [InlineData("Was ist mit der Sturmflut in Nordhafen?", "de")]
    [InlineData("Und was ist mit Nordhafen?", "de")]
    [InlineData("And what about the storm surge in Nordhafen?", "en")]
    public void A_question_whose_own_words_find_another_article_is_a_new_topic_whatever_its_opening(string question, string language)
    {
        Assert.True(_judge.NamesOwnTopic(question, language, After(FerryQuestion)));
    }

    [Theory]
    [InlineData("And when?", "en")]
    [InlineData("Warum?", "de")]
    [InlineData("Und was sagte Angela Merkel zur Fußball-WM?", "de")]
    public void A_question_without_words_that_find_a_topic_is_a_follow_up(string question, string language)
    {
        Assert.False(_judge.NamesOwnTopic(question, language, After(FerryQuestion)));
    }

    [Fact]
    public void A_name_found_in_the_article_the_conversation_is_about_keeps_the_topic()
    {
        Assert.False(_judge.NamesOwnTopic("Und was sagte Lawrow?", "de", After(SeedQuestion)));
    }

    [Fact]
    public async Task The_answer_to_a_new_topic_opening_like_a_follow_up_leads_with_its_own_article()
    {
        var ferry = await _engine.AskAsync(FerryQuestion);
        var history = new[] { new ChatTurn(ferry.Question, ferry.StandaloneQuestion ?? ferry.Question, ferry.Text) };

        var storm = await _engine.AskAsync("Was ist mit der Sturmflut in Nordhafen?", history);

        Assert.Null(storm.StandaloneQuestion); // asked as it stands: no ferry terms carried
        Assert.False(storm.Abstained);
        Assert.Contains("nordhafen", storm.Citations[0].ArticleId, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }
}
