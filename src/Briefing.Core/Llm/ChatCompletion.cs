using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Briefing.Core.Configuration;

namespace Briefing.Core.Llm;

/// <summary>
/// The configured chat model as Semantic Kernel's <see cref="IChatCompletionService"/>: every provider speaks the
/// OpenAI protocol (<see cref="ModelEndpoint"/>), over the resilient <see cref="LlmServiceCollectionExtensions.HttpClientName"/> client.
/// </summary>
internal static class ChatCompletion
{
    public static IChatCompletionService Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        var httpClient = services.GetRequiredService<IHttpClientFactory>().CreateClient(LlmServiceCollectionExtensions.HttpClientName);
        var loggerFactory = services.GetService<ILoggerFactory>();
        var endpoint = ModelEndpoint.Resolve(options.ProviderKind, options.Endpoint);
        var apiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey;
        if (endpoint is null) return new OpenAIChatCompletionService(options.ModelId, apiKey ?? "", httpClient: httpClient, loggerFactory: loggerFactory);
        // The custom-endpoint constructor (the one Kernel.CreateBuilder().AddOpenAIChatCompletion(model, endpoint, ...)
        // uses) is marked experimental; it is how every non-OpenAI provider here is reached.
#pragma warning disable SKEXP0010
        return new OpenAIChatCompletionService(options.ModelId, endpoint, apiKey, httpClient: httpClient, loggerFactory: loggerFactory);
#pragma warning restore SKEXP0010
    }
}
