using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;

namespace Briefing.Core.Embeddings;

/// <summary>
/// Turns texts into unit-length vectors through an OpenAI-compatible <c>/embeddings</c> endpoint
/// (Microsoft.Extensions.AI's <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> over the OpenAI client).
/// </summary>
public sealed class TextEmbedder
{
    public const string HttpClientName = "Briefing.Embeddings";

    private readonly IEmbeddingGenerator<string, Embedding<float>> _generator;
    private readonly int _batchSize;

    public TextEmbedder(IOptions<EmbeddingsOptions> options, IHttpClientFactory httpClients)
    {
        var settings = options.Value;
        var clientOptions = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(httpClients.CreateClient(HttpClientName)),
            NetworkTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
        };
        if (settings.ResolveEndpoint() is { } endpoint) clientOptions.Endpoint = endpoint;
        // Local servers (Ollama, llama.cpp) need no key, but the client insists on one.
        var key = new ApiKeyCredential(string.IsNullOrWhiteSpace(settings.ApiKey) ? "no-key" : settings.ApiKey);
        _generator = new OpenAIClient(key, clientOptions).GetEmbeddingClient(settings.Model).AsIEmbeddingGenerator();
        _batchSize = settings.BatchSize;
        ModelName = settings.Model ?? "";
    }

    public string ModelName { get; }

    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var vectors = new List<float[]>(texts.Count);
        foreach (var batch in texts.Chunk(_batchSize))
        {
            var embeddings = await _generator.GenerateAsync(batch, cancellationToken: cancellationToken);
            if (embeddings.Count != batch.Length)
                throw new InvalidOperationException($"The embedding endpoint returned {embeddings.Count} vectors for {batch.Length} texts.");
            vectors.AddRange(embeddings.Select(e => VectorMath.Normalize(e.Vector.Span)));
        }
        return vectors;
    }
}
