using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Briefing.Core.Tests.Llm;

/// <summary>One kernel per host: built once, with the plugins, and with the chat model when one is configured.</summary>
public sealed class HostKernelTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void The_engine_builds_one_kernel_holding_the_retrieval_and_answering_plugins()
    {
        using var engine = new EngineFixture(_folder);

        var kernel = engine.Services.GetRequiredService<Kernel>();

        Assert.Same(kernel, engine.Services.GetRequiredService<Kernel>());
        Assert.Equal([GeneratorPlugin.PluginName, RetrievalPlugin.PluginName], kernel.Plugins.Select(p => p.Name).Order());
        Assert.Null(kernel.Services.GetService<IChatCompletionService>());
    }

    [Fact]
    public async Task With_a_model_the_same_kernel_holds_its_chat_completion_and_runs_the_prompts()
    {
        using var host = LlmTestHost.Start();
        host.Server.Enqueue(FakeOpenAiServerReply.Text("The group was founded in 2001 [1]."));

        var kernel = host.Get<Kernel>();
        await host.Generator.GenerateAsync(TestPassages.Context(), CancellationToken.None);

        Assert.Same(kernel, host.Get<Lazy<Kernel>>().Value);
        Assert.NotNull(kernel.GetRequiredService<IChatCompletionService>());
        Assert.Equal("/v1/chat/completions", Assert.Single(host.Server.Requests).Path);
    }

    public void Dispose() => _folder.Dispose();
}
