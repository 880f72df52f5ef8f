using Briefing.Core.Configuration;

namespace Briefing.Core.Embeddings;

/// <summary>
/// The <c>Embeddings</c> section: an optional OpenAI-compatible embedding model. When set, passages are
/// embedded at ingest and questions are answered from BM25 and vector search fused (hybrid retrieval).
/// </summary>
public sealed class EmbeddingsOptions
{
    public const string SectionName = "Embeddings";

    /// <summary>None, OpenAI, AzureOpenAI or Ollama (same meaning as <c>Llm:Provider</c>).</summary>
    public string Provider { get; set; } = nameof(ModelProvider.None);

    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    /// <summary>Secret: from user secrets or the <c>Embeddings__ApiKey</c> environment variable only; never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Longest wait for one embedding request.</summary>
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>Passages sent per embedding request.</summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>How many candidates each retriever contributes before fusion.</summary>
    public int CandidatesPerRetriever { get; set; } = 30;

    public ModelProvider ProviderKind =>
        Enum.TryParse<ModelProvider>(Provider, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : ModelProvider.None;

    public bool IsEnabled => ProviderKind != ModelProvider.None;

    /// <summary>The OpenAI-compatible endpoint, resolved the same way as the chat model's.</summary>
    public Uri? ResolveEndpoint() => ModelEndpoint.Resolve(ProviderKind, Endpoint);
}
