namespace Briefing.Core.Configuration;

/// <summary>
/// Who serves a model (<c>Llm:Provider</c> for the chat model, <c>Embeddings:Provider</c> for the embedding model);
/// <see cref="None"/> means no model: the embedded extractive generator, keyword-only retrieval.
/// </summary>
public enum ModelProvider
{
    None,
    /// <summary>OpenAI or any OpenAI-compatible endpoint (llama.cpp server, vLLM, LM Studio, ...).</summary>
    OpenAI,
    /// <summary>Azure OpenAI through its OpenAI-compatible <c>/openai/v1</c> surface; the model is the deployment name.</summary>
    AzureOpenAI,
    /// <summary>A local Ollama server through its OpenAI-compatible <c>/v1</c> surface, without a key.</summary>
    Ollama,
}
