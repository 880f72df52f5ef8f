using Briefing.Storage;
using Briefing.Core.Answering;
using Briefing.Core.Composition;
using Briefing.Core.Conversations;
using Briefing.Core.Digests.Summaries;
using Briefing.Core.Llm;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel.ChatCompletion;

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
    public void ProviderNoneKeepsTheExtractiveGeneratorAndTheOfflineCondenser()
    {
        using var host = LlmTestHost.Start(new Dictionary<string, string?> { ["Llm:Provider"] = "None" });

        Assert.Equal("extractive", host.Generator.Name);
        Assert.IsType<KeyTermQuestionCondenser>(host.Services.GetRequiredService<IQuestionCondenser>());
        Assert.Null(host.Services.GetService<IStorySummaryWriter>());
        Assert.Null(host.Services.GetService<IChatCompletionService>());
    }

    [Fact]
    public void AConfiguredProviderMakesTheModelTheGeneratorCondenserAndSummaryWriter()
    {
        using var host = LlmTestHost.Start();

        Assert.Equal("fake-model", host.Generator.Name);
        Assert.IsType<LlmQuestionCondenser>(host.Services.GetRequiredService<IQuestionCondenser>());
        Assert.IsType<StorySummaryWriter>(host.Services.GetRequiredService<IStorySummaryWriter>());
    }

    [Fact]
    public void TheActiveImplementationsDoNotDependOnTheOrderInWhichAreasAreAdded()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "Ollama", ["Llm:Model"] = "llama3.2",
        }).Build();
        using var modelFirst = new ServiceCollection().AddLogging()
            .AddBriefingLlm(configuration).AddBriefingConversations().AddActiveImplementations(configuration).AddBriefingStorage(configuration).BuildServiceProvider();
        using var modelLast = new ServiceCollection().AddLogging()
            .AddActiveImplementations(configuration).AddBriefingConversations().AddBriefingLlm(configuration).AddBriefingStorage(configuration).BuildServiceProvider();

        Assert.IsType<LlmQuestionCondenser>(modelFirst.GetRequiredService<IQuestionCondenser>());
        Assert.IsType<LlmQuestionCondenser>(modelLast.GetRequiredService<IQuestionCondenser>());
        Assert.Single(modelLast.GetServices<IQuestionCondenser>());
    }

    [Fact]
    public void AChoiceWhoseAreaIsMissingFailsNamingTheChoice()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "Ollama", ["Llm:Model"] = "llama3.2",
        }).Build();
        using var withoutModelArea = new ServiceCollection().AddActiveImplementations(configuration).BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => withoutModelArea.GetRequiredService<IAnswerGenerator>());

        Assert.Contains("'model' as the AnswerGenerator", error.Message);
    }
}
