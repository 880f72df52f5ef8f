namespace Briefing.Core.Llm;

/// <summary>Maps a provider and its configured base URL to the OpenAI-compatible endpoint the connector talks to.</summary>
public static class LlmEndpoint
{
    public const string OllamaDefault = "http://localhost:11434";

    /// <summary>The endpoint ending in the API version segment, or null for OpenAI's public API.</summary>
    public static Uri? Resolve(LlmOptions options)
    {
        var configured = string.IsNullOrWhiteSpace(options.Endpoint) ? null : options.Endpoint.Trim().TrimEnd('/');
        return options.ProviderKind switch
        {
            LlmProvider.OpenAI => configured is null ? null : new Uri(configured),
            LlmProvider.Ollama => new Uri(WithSuffix(configured ?? OllamaDefault, "/v1")),
            LlmProvider.AzureOpenAI => new Uri(WithSuffix(configured!, "/openai/v1")),
            _ => null,
        };
    }

    private static string WithSuffix(string baseUrl, string suffix) =>
        baseUrl.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? baseUrl : baseUrl + suffix;
}
