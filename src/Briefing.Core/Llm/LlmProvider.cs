namespace Briefing.Core.Llm;

/// <summary>Which chat model writes answers; <see cref="None"/> keeps the embedded extractive generator.</summary>
public enum LlmProvider
{
    None,
    /// <summary>OpenAI or any OpenAI-compatible endpoint (llama.cpp server, vLLM, LM Studio, ...).</summary>
    OpenAI,
    /// <summary>Azure OpenAI through its OpenAI-compatible <c>/openai/v1</c> surface; the model is the deployment name.</summary>
    AzureOpenAI,
    /// <summary>A local Ollama server through its OpenAI-compatible <c>/v1</c> surface, without a key.</summary>
    Ollama,
}
