using Briefing.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Embeddings;

/// <summary>Checks the <c>Embeddings</c> section at start-up; every message names the key to fix.</summary>
internal sealed class EmbeddingsOptionsValidator : IValidateOptions<EmbeddingsOptions>
{
    public ValidateOptionsResult Validate(string? name, EmbeddingsOptions options)
    {
        var failures = new List<string>();
        if (!Enum.TryParse<ModelProvider>(options.Provider, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            failures.Add($"Embeddings:Provider must be one of None, OpenAI, AzureOpenAI, Ollama (got \"{options.Provider}\").");
        }
        else if (kind != ModelProvider.None)
        {
            if (string.IsNullOrWhiteSpace(options.Model))
                failures.Add($"Embeddings:Model is required when Embeddings:Provider is {kind}.");
            if (kind == ModelProvider.AzureOpenAI && string.IsNullOrWhiteSpace(options.Endpoint))
                failures.Add("Embeddings:Endpoint is required when Embeddings:Provider is AzureOpenAI.");
            if (!string.IsNullOrWhiteSpace(options.Endpoint) && !Uri.TryCreate(options.Endpoint, UriKind.Absolute, out _))
                failures.Add($"Embeddings:Endpoint must be an absolute URL (got \"{options.Endpoint}\").");
        }
        if (options.TimeoutSeconds <= 0) failures.Add("Embeddings:TimeoutSeconds must be positive.");
        if (options.BatchSize is < 1 or > 2048) failures.Add("Embeddings:BatchSize must be between 1 and 2048.");
        if (options.CandidatesPerRetriever is < 1 or > 200) failures.Add("Embeddings:CandidatesPerRetriever must be between 1 and 200.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
