using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Llm;

/// <summary>The model generator when the wire misbehaves: errors, rate limits, timeouts, garbage; and streaming.</summary>
public sealed class KernelAnswerGeneratorFaultTests
{
    [Theory]
    [InlineData("")]
    [InlineData("{\"unexpected\": true}")]
    public async Task EmptyOrGarbageReplyFallsBackToTheExtractiveAnswer(string reply)
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text(reply));

        var answer = await host.Generator.GenerateAsync(TestPassages.Context(), CancellationToken.None);

        Assert.Equal("extractive", answer.Generator);
        Assert.True(answer.Abstained || answer.Citations.Count > 0);
    }

    [Fact]
    public async Task ServerErrorsAfterAllRetriesFallBackToTheExtractiveAnswer()
    {
        using var host = LlmTestHost.Start(new Dictionary<string, string?> { ["Llm:MaxRetries"] = "2" }, fakeTime: true);
        host.Server.Enqueue(FakeOpenAiServerReply.Error(500), FakeOpenAiServerReply.Error(500), FakeOpenAiServerReply.Error(503));

        var answer = await host.RunAdvancingTimeAsync(
            host.Generator.GenerateAsync(TestPassages.Context(), CancellationToken.None), TimeSpan.FromSeconds(1));

        Assert.Equal("extractive", answer.Generator);
        Assert.True(answer.Abstained || answer.Citations.Count > 0);
        Assert.Equal(3, host.Server.Requests.Count);
    }

    [Fact]
    public async Task ServerErrorThenSuccessIsRetried()
    {
        using var host = LlmTestHost.Start(fakeTime: true);
        host.Server.Enqueue(FakeOpenAiServerReply.Error(502), FakeOpenAiServerReply.Text("The group was founded in 2001 [1]."));

        var answer = await host.RunAdvancingTimeAsync(
            host.Generator.GenerateAsync(TestPassages.Context(), CancellationToken.None), TimeSpan.FromSeconds(1));

        Assert.Equal("fake-model", answer.Generator);
        Assert.Equal(2, host.Server.Requests.Count);
    }

    [Fact]
    public async Task RateLimitIsRetriedAfterTheRetryAfterDelay()
    {
        using var host = LlmTestHost.Start(fakeTime: true);
        host.Server.Enqueue(FakeOpenAiServerReply.Error(429, retryAfter: "7"), FakeOpenAiServerReply.Text("The group was founded in 2001 [1]."));

        var answer = await host.RunAdvancingTimeAsync(
            host.Generator.GenerateAsync(TestPassages.Context(), CancellationToken.None), TimeSpan.FromMilliseconds(500));

        Assert.Equal("fake-model", answer.Generator);
        Assert.Equal("The group was founded in 2001 [1].", answer.Text);
        var requests = host.Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ArrivedAt - requests[0].ArrivedAt >= TimeSpan.FromSeconds(7),
            $"the retry came {requests[1].ArrivedAt - requests[0].ArrivedAt} (fake time) after the 429");
    }

    [Fact]
    public async Task ReplySlowerThanTheTimeoutFallsBackToTheExtractiveAnswer()
    {
        using var host = LlmTestHost.Start(new Dictionary<string, string?>
        {
            ["Llm:TimeoutSeconds"] = "5",
            ["Llm:MaxRetries"] = "0",
        }, fakeTime: true);
        host.Server.Enqueue(FakeOpenAiServerReply.NoReply());

        var answer = await host.RunAdvancingTimeAsync(
            host.Generator.GenerateAsync(TestPassages.Context(), CancellationToken.None), TimeSpan.FromSeconds(1));

        Assert.Equal("extractive", answer.Generator);
        Assert.Single(host.Server.Requests);
    }

    [Fact]
    public async Task StreamedReplyIsAssembledAndVerified()
    {
        using var host = LlmTestHost.Start(new Dictionary<string, string?> { ["Llm:Streaming"] = "true" });
        host.Server.Enqueue(FakeOpenAiServerReply.Text(
            "The group was founded in 2001 [1]. India and Pakistan joined in 2017 [1]. It has 30 members [1]."));

        var answer = await host.Generator.GenerateAsync(TestPassages.Context(), CancellationToken.None);

        Assert.True(Assert.Single(host.Server.Requests).Stream);
        Assert.Equal("The group was founded in 2001 [1]. India and Pakistan joined in 2017 [2].", answer.Text);
        Assert.Equal(["sco#p1", "sco#p1"], answer.Citations.Select(c => c.PassageId));
    }

    [Fact]
    public async Task NonStreamingRequestDoesNotAskForAStream()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text("The group was founded in 2001 [1]."));

        await host.Generator.GenerateAsync(TestPassages.Context(), CancellationToken.None);

        Assert.False(Assert.Single(host.Server.Requests).Stream);
    }
}
