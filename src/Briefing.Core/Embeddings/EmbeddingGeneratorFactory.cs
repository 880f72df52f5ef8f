using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenAI;

namespace Briefing.Core.Embeddings;

/// <summary>
/// The configured embedding model as Microsoft.Extensions.AI's <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/>
/// over the OpenAI client (every provider speaks its <c>/embeddings</c> protocol). Registered as a host service, so the
/// host's kernel holds it next to the chat completion service.
/// </summary>
internal static class EmbeddingGeneratorFactory
{
    public static IEmbeddingGenerator<string, Embedding<float>> Create(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<EmbeddingsOptions>>().Value;
        var clientOptions = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(services.GetRequiredService<IHttpClientFactory>().CreateClient(TextEmbedder.HttpClientName)),
            NetworkTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
        };
        if (settings.ResolveEndpoint() is { } endpoint) clientOptions.Endpoint = endpoint;
        // Local servers (Ollama, llama.cpp) need no key, but the client insists on one.
        var key = new ApiKeyCredential(string.IsNullOrWhiteSpace(settings.ApiKey) ? "no-key" : settings.ApiKey);
        return new OpenAIClient(key, clientOptions).GetEmbeddingClient(settings.Model).AsIEmbeddingGenerator();
    }
}
