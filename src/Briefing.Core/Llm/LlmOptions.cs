using Briefing.Core.Configuration;

namespace Briefing.Core.Llm;

/// <summary>The <c>Llm</c> configuration section: which chat model writes answers and how it is called.</summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    /// <summary>None, OpenAI, AzureOpenAI or Ollama (case-insensitive). Kept as text so a typo gets a message naming the key.</summary>
    public string Provider { get; set; } = nameof(ModelProvider.None);

    /// <summary>Base URL: an OpenAI-compatible <c>.../v1</c>, the Azure resource URL, or the Ollama server URL.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model id sent to the endpoint; with Azure OpenAI the deployment name may be given instead.</summary>
    public string? Model { get; set; }

    /// <summary>Secret: from user secrets or the <c>Llm__ApiKey</c> environment variable only; never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Azure OpenAI deployment name (defaults to <see cref="Model"/>).</summary>
    public string? Deployment { get; set; }

    /// <summary>Longest wait for one model request (each retry gets its own).</summary>
    public double TimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// The longest a user waits for one model answer, retries included; then the extractive answer is sent. Bounds
    /// the whole call, so a slow model never holds a chat (or a Telegram "typing") for minutes.
    /// </summary>
    public double AnswerDeadlineSeconds { get; set; } = 20;

    /// <summary>Retries after 429 and 5xx responses, honouring Retry-After.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Folder with the Semantic Kernel prompt directories (<c>Briefing/Answer</c>, ...); re-read when a file changes.</summary>
    public string PromptsDir { get; set; } = "prompts";

    /// <summary>Overrides the temperature in the prompts' config.json when set.</summary>
    public double? Temperature { get; set; }

    /// <summary>Ask the endpoint for a streamed (SSE) reply; the answer is verified once complete either way.</summary>
    public bool Streaming { get; set; }

    /// <summary>The parsed provider; valid after options validation.</summary>
    public ModelProvider ProviderKind =>
        Enum.TryParse<ModelProvider>(Provider, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : ModelProvider.None;

    public bool IsEnabled => ProviderKind != ModelProvider.None;

    /// <summary>The model id sent on the wire and reported as the answer's <c>generator</c>.</summary>
    public string ModelId => ProviderKind == ModelProvider.AzureOpenAI && !string.IsNullOrWhiteSpace(Deployment)
        ? Deployment!
        : Model ?? "";
}
