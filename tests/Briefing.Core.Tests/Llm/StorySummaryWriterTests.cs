using Briefing.Core.Articles;
using Briefing.Core.Digests.Summaries;
using Briefing.Core.Llm;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Llm;

/// <summary>Digest summaries from the <c>StorySummary</c> prompt: verified and cited, or null for the extractive summary.</summary>
public sealed class StorySummaryWriterTests
{
    private static readonly IReadOnlyList<Passage> Story =
    [
        new(Passage.MakeId("sco", 1), "sco", 1, TestPassages.Founding, "en"),
        new(Passage.MakeId("sco-de", 1), "sco-de", 1, TestPassages.GermanFounding, "de"),
    ];

    private static IStorySummaryWriter Writer(LlmTestHost host) => host.Services.GetRequiredService<IStorySummaryWriter>();

    [Fact]
    public async Task SummaryIsVerifiedCitedAndKeptWithinTheSentenceLimit()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text(
            "The organisation was founded in 2001 by China and Russia [1][2]. It will expand to 40 members [2]. " +
            "India and Pakistan joined in 2017 [1]. China and Russia lead it [1]."));

        var summary = await Writer(host).WriteAsync(new StorySummaryRequest("SCO turns 25", "en", Story, MaxSentences: 2), CancellationToken.None);

        Assert.NotNull(summary);
        Assert.Equal("The organisation was founded in 2001 by China and Russia [1][2]. India and Pakistan joined in 2017 [3].", summary.Text);
        Assert.Equal(["sco#p1", "sco-de#p1", "sco#p1"], summary.Citations.Select(c => c.PassageId));
        Assert.Null(StorySummaryCheck.Problem(summary, Story.Select(p => p.Id).ToHashSet(), 2));
        Assert.Equal("fake-model", Writer(host).Name);
        var user = Assert.Single(host.Server.Requests).AllText;
        Assert.Contains("Story: SCO turns 25", user);
        Assert.Contains("=== PASSAGE [2] ===", user);
        Assert.Contains("at most 2 short sentences", user);
    }

    [Theory]
    [InlineData("Nothing to see here.")]
    [InlineData(PromptNames.NoAnswerSentinel)]
    public async Task UnusableSummaryIsNull(string reply)
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text(reply));

        Assert.Null(await Writer(host).WriteAsync(new StorySummaryRequest("SCO turns 25", "en", Story, 3), CancellationToken.None));
    }

    [Fact]
    public async Task ModelDownIsNull()
    {
        using var host = LlmTestHost.Start(new Dictionary<string, string?> { ["Llm:MaxRetries"] = "0" });
        host.Server.Enqueue(FakeOpenAiServerReply.Error(503));

        Assert.Null(await Writer(host).WriteAsync(new StorySummaryRequest("SCO turns 25", "en", Story, 3), CancellationToken.None));
    }
}
