using Briefing.Core.Answering;
using Briefing.Core.Conversations;
using Briefing.Core.Digests.Summaries;
using Briefing.Core.Llm;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Llm;

/// <summary>Each provider setting reaches the right OpenAI-compatible URL with the right model and key.</summary>
public sealed class ProviderWiringTests
{
    [Fact]
    public async Task OllamaIsCalledAtV1WithoutAKey()
    {
        using var host = LlmTestHost.Start(new Dictionary<string, string?>
        {
            // Ollama's base URL is given without /v1.
            ["Llm:Provider"] = "Ollama", ["Llm:Endpoint"] = "{server}", ["Llm:Model"] = "llama3.2", ["Llm:ApiKey"] = null,
        });
        host.Server.Enqueue(FakeOpenAiServerReply.Text("The group was founded in 2001 [1]."));

        var answer = await host.Generator.GenerateAsync(TestPassages.Context(), CancellationToken.None);

        var request = Assert.Single(host.Server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("llama3.2", request.Model);
        // No key configured: the connector sends an empty bearer, which Ollama ignores.
        Assert.Equal("Bearer", request.Authorization?.Trim());
        Assert.Equal("llama3.2", answer.Generator);
    }

    [Fact]
    public async Task AzureOpenAiIsCalledAtItsV1SurfaceWithTheDeploymentAsModel()
    {
        using var host = LlmTestHost.Start(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "AzureOpenAI", ["Llm:Endpoint"] = "{server}", ["Llm:Deployment"] = "briefing-gpt4o", ["Llm:ApiKey"] = "azure-key",
        });
        host.Server.Enqueue(FakeOpenAiServerReply.Text("The group was founded in 2001 [1]."));

        var answer = await host.Generator.GenerateAsync(TestPassages.Context(), CancellationToken.None);

        var request = Assert.Single(host.Server.Requests);
        Assert.Equal("/openai/v1/chat/completions", request.Path);
        Assert.Equal("briefing-gpt4o", request.Model);
        Assert.Equal("Bearer azure-key", request.Authorization);
        Assert.Equal("briefing-gpt4o", answer.Generator);
    }

    [Fact]
    public void ProviderNoneKeepsTheExtractiveGeneratorAndCondenserUntouched()
    {
        using var host = LlmTestHost.Start(new Dictionary<string, string?> { ["Llm:Provider"] = "None" });

        Assert.Equal("extractive", host.Generator.Name);
        Assert.Empty(host.Services.GetServices<IQuestionCondenser>());
        Assert.Empty(host.Services.GetServices<IStorySummaryWriter>());
    }

    [Fact]
    public void ModelGeneratorIsRegisteredAfterTheExtractiveOne()
    {
        using var host = LlmTestHost.Start();

        var generators = host.Services.GetServices<IAnswerGenerator>().Select(g => g.Name).ToList();

        Assert.Equal(["extractive", "fake-model"], generators);
        Assert.IsType<LlmQuestionCondenser>(host.Services.GetServices<IQuestionCondenser>().Last());
    }

    [Fact]
    public void ModelCondenserStaysLastWhenTheChatAreaIsAddedAfterIt()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "Ollama", ["Llm:Model"] = "llama3.2",
        }).Build();
        var services = new ServiceCollection().AddBriefingLlm(configuration).AddBriefingConversations();

        var condensers = services.Where(d => d.ServiceType == typeof(IQuestionCondenser)).ToList();

        Assert.Equal(typeof(KeyTermQuestionCondenser), condensers[0].ImplementationType);
        Assert.Equal(2, condensers.Count);
    }
}
