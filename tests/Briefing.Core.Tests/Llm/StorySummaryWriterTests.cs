using Briefing.Core.Llm;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Llm;

/// <summary>Digest summaries from the <c>StorySummary</c> prompt: verified and cited, or null for the extractive summary.</summary>
public sealed class StorySummaryWriterTests
{
    private static readonly IReadOnlyList<PassageHit> Story =
    [
        TestPassages.Hit("sco", "SCO history", TestPassages.Founding),
        TestPassages.Hit("sco-de", "SCO-Geschichte", TestPassages.GermanFounding, "de"),
    ];

    [Fact]
    public async Task SummaryIsVerifiedAndCited()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text(
            "The organisation was founded in 2001 by China and Russia [1][2]. India and Pakistan joined in 2017 [1]. It will expand to 40 members [2]."));

        var summary = await host.Get<StorySummaryWriter>().WriteAsync("SCO turns 25", Story, "en", CancellationToken.None);

        Assert.NotNull(summary);
        Assert.Equal("The organisation was founded in 2001 by China and Russia [1][2]. India and Pakistan joined in 2017 [3].", summary.Text);
        Assert.Equal(["sco#p1", "sco-de#p1", "sco#p1"], summary.Citations.Select(c => c.PassageId));
        Assert.Equal("fake-model", summary.Generator);
        var user = Assert.Single(host.Server.Requests).Messages[^1].Content;
        Assert.Contains("Story: SCO turns 25", user);
        Assert.Contains("=== PASSAGE [2] ===", user);
    }

    [Theory]
    [InlineData("Nothing to see here.")]
    [InlineData(PromptNames.NoAnswerSentinel)]
    public async Task UnusableSummaryIsNull(string reply)
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text(reply));

        Assert.Null(await host.Get<StorySummaryWriter>().WriteAsync("SCO turns 25", Story, "en", CancellationToken.None));
    }

    [Fact]
    public async Task ModelDownIsNull()
    {
        using var host = LlmTestHost.Start(new Dictionary<string, string?> { ["Llm:MaxRetries"] = "0" });
        host.Server.Enqueue(FakeOpenAiServerReply.Error(503));

        Assert.Null(await host.Get<StorySummaryWriter>().WriteAsync("SCO turns 25", Story, "en", CancellationToken.None));
    }
}
