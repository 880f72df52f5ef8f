using Microsoft.Extensions.Options;
using Briefing.Core.Configuration;

namespace Briefing.Core.Llm;

/// <summary>Fails start-up with a message that names the offending <c>Llm:*</c> key.</summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var failures = new List<string>();
        if (!Enum.TryParse<ModelProvider>(options.Provider, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            return ValidateOptionsResult.Fail(
                $"Llm:Provider '{options.Provider}' is not one of {string.Join(", ", Enum.GetNames<ModelProvider>())}.");
        }
        if (provider == ModelProvider.None) return ValidateOptionsResult.Success;

        var hasEndpoint = !string.IsNullOrWhiteSpace(options.Endpoint);
        if (hasEndpoint && !IsHttpUrl(options.Endpoint!))
            failures.Add($"Llm:Endpoint '{options.Endpoint}' is not an absolute http(s) URL.");
        switch (provider)
        {
            case ModelProvider.OpenAI:
                RequireModel(options, provider, failures);
                if (!hasEndpoint && string.IsNullOrWhiteSpace(options.ApiKey))
                    failures.Add("Llm:ApiKey is required when Llm:Provider is OpenAI and Llm:Endpoint is not set (api.openai.com); set it with user secrets or the Llm__ApiKey environment variable.");
                break;
            case ModelProvider.AzureOpenAI:
                if (!hasEndpoint) failures.Add("Llm:Endpoint is required when Llm:Provider is AzureOpenAI (https://RESOURCE.openai.azure.com).");
                if (string.IsNullOrWhiteSpace(options.Deployment) && string.IsNullOrWhiteSpace(options.Model))
                    failures.Add("Llm:Deployment (or Llm:Model) is required when Llm:Provider is AzureOpenAI.");
                if (string.IsNullOrWhiteSpace(options.ApiKey))
                    failures.Add("Llm:ApiKey is required when Llm:Provider is AzureOpenAI; set it with user secrets or the Llm__ApiKey environment variable.");
                break;
            case ModelProvider.Ollama:
                RequireModel(options, provider, failures);
                break;
        }
        if (options.TimeoutSeconds is <= 0 or > 3600)
            failures.Add($"Llm:TimeoutSeconds must be between 0 and 3600 (got {options.TimeoutSeconds}).");
        if (options.AnswerDeadlineSeconds is <= 0 or > 3600)
            failures.Add($"Llm:AnswerDeadlineSeconds must be between 0 and 3600 (got {options.AnswerDeadlineSeconds}).");
        if (options.MaxRetries is < 0 or > 10)
            failures.Add($"Llm:MaxRetries must be between 0 and 10 (got {options.MaxRetries}).");
        if (options.Temperature is < 0 or > 2)
            failures.Add($"Llm:Temperature must be between 0 and 2 (got {options.Temperature}).");
        var prompts = PromptsLocation.Resolve(options.PromptsDir);
        if (!File.Exists(Path.Combine(prompts, PromptNames.Plugin, PromptNames.Answer, "skprompt.txt")))
            failures.Add($"Llm:PromptsDir '{options.PromptsDir}' has no {PromptNames.Plugin}/{PromptNames.Answer}/skprompt.txt (looked in {prompts}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireModel(LlmOptions options, ModelProvider provider, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.Model))
            failures.Add($"Llm:Model is required when Llm:Provider is {provider}.");
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
