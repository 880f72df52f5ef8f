using Briefing.Core.Digests;
using Briefing.Core.Tests.Digests.Support;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Digests;

/// <summary>Digest summaries written by a configured model (a fake OpenAI-compatible server), verified, with the extractive fallback.</summary>
public sealed class ModelSummaryTests : IDisposable
{
    private readonly FakeOpenAiServer _server = FakeOpenAiServer.Start();
    private readonly DigestTestHost _host;

    public ModelSummaryTests()
    {
        _host = new DigestTestHost(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAI",
            ["Llm:Endpoint"] = _server.V1Url,
            ["Llm:Model"] = "fake-model",
            ["Llm:ApiKey"] = "test-key",
            ["Llm:MaxRetries"] = "0",
            ["Llm:PromptsDir"] = Path.Combine(AppContext.BaseDirectory, "prompts"),
        });
        _host.Add(StoryArticles.FootballEnglish);
    }

    public void Dispose()
    {
        _host.Dispose();
        _server.Dispose();
    }

    private async Task<DigestStory> TopStoryAsync() =>
        (await _host.Builder.BuildAsync(DateOnly.FromDateTime(StoryArticles.Day.UtcDateTime), TimeZoneInfo.Utc, "en", CancellationToken.None)).Stories[0];

    [Fact]
    public async Task A_verified_model_summary_is_used_with_its_citations()
    {
        _server.Enqueue(FakeOpenAiServerReply.Text(
            "Joe Rodon's late header gave Leeds United a 2-1 win at Burnley [1]. Leeds moved above Sheffield United on goal difference [1]."));

        var story = await TopStoryAsync();

        Assert.Equal("fake-model", story.Generator);
        Assert.StartsWith("Joe Rodon's late header gave Leeds United a 2-1 win at Burnley [1].", story.Summary);
        Assert.All(story.Citations, c => Assert.Equal("en-football#p0", c.PassageId));
        Assert.Contains("Story: Late goal sends Leeds top of the table", Assert.Single(_server.Requests).AllText);
    }

    [Theory]
    [InlineData("Leeds won because of their famous 1919 founding.")]
    [InlineData("NO_ANSWER")]
    public async Task An_unusable_model_summary_falls_back_to_the_extractive_one(string reply)
    {
        _server.Enqueue(FakeOpenAiServerReply.Text(reply));

        var story = await TopStoryAsync();

        Assert.Equal("extractive", story.Generator);
        Assert.StartsWith("A stoppage-time header from Joe Rodon gave Leeds United a 2-1 win at Burnley on Tuesday night [1].", story.Summary);
    }

    [Fact]
    public async Task A_failing_model_leaves_the_digest_extractive()
    {
        _server.Enqueue(FakeOpenAiServerReply.Error(500));

        var story = await TopStoryAsync();

        Assert.Equal("extractive", story.Generator);
        Assert.Equal(2, story.Citations.Count); // both sentences of the one report, cited
    }
}
