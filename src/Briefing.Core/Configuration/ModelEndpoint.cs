namespace Briefing.Core.Configuration;

/// <summary>Maps a provider and its configured base URL to the OpenAI-compatible endpoint the connector talks to.</summary>
public static class ModelEndpoint
{
    public const string OllamaDefault = "http://localhost:11434";

    /// <summary>The endpoint ending in the API version segment, or null for OpenAI's public API.</summary>
    public static Uri? Resolve(ModelProvider provider, string? endpoint)
    {
        var configured = string.IsNullOrWhiteSpace(endpoint) ? null : endpoint.Trim().TrimEnd('/');
        return provider switch
        {
            ModelProvider.OpenAI => configured is null ? null : new Uri(configured),
            ModelProvider.Ollama => new Uri(WithSuffix(configured ?? OllamaDefault, "/v1")),
            ModelProvider.AzureOpenAI => new Uri(WithSuffix(configured!, "/openai/v1")),
            _ => null,
        };
    }

    private static string WithSuffix(string baseUrl, string suffix) =>
        baseUrl.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? baseUrl : baseUrl + suffix;
}
