using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Embeddings;

/// <summary>
/// Turns texts into unit-length vectors, in batches, with the host's embedding generator
/// (<see cref="EmbeddingGeneratorFactory"/>: an OpenAI-compatible <c>/embeddings</c> endpoint).
/// </summary>
public sealed class TextEmbedder
{
    public const string HttpClientName = "Briefing.Embeddings";

    private readonly IEmbeddingGenerator<string, Embedding<float>> _generator;
    private readonly int _batchSize;

    public TextEmbedder(IOptions<EmbeddingsOptions> options, IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        _generator = generator;
        _batchSize = options.Value.BatchSize;
        ModelName = options.Value.Model ?? "";
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
