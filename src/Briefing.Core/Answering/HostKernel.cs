using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.SemanticKernel;

namespace Briefing.Core.Answering;

/// <summary>
/// The host's one Semantic Kernel, built once: the Retrieval and Answering plugins (every registered
/// <see cref="KernelPlugin"/>) and the host's services — so the chat completion service, when <c>Llm:*</c> configures
/// one, and the embedding generator, when <c>Embeddings:*</c> does. Prompt functions run on it too.
/// </summary>
public static class HostKernel
{
    /// <summary>Idempotent: the engine and the model area both ensure it; the first registration is the only one.</summary>
    public static IServiceCollection AddHostKernel(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new Kernel(provider, new KernelPluginCollection(provider.GetServices<KernelPlugin>())));
        // The Answering plugin's model generator runs prompts on this same kernel, which is built from that plugin:
        // model code takes the kernel lazily, on first use, so construction has no cycle.
        services.TryAddSingleton(provider => new Lazy<Kernel>(provider.GetRequiredService<Kernel>));
        return services;
    }
}
