using Briefing.Core.Configuration;
using Briefing.Core.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Tests.Llm;

/// <summary>Bad <c>Llm:*</c> configuration fails with a message that names the key.</summary>
public sealed class LlmOptionsValidatorTests
{
    private static readonly string RepoPrompts = Path.Combine(AppContext.BaseDirectory, "prompts");

    private static IReadOnlyList<string> Failures(LlmOptions options)
    {
        var result = new LlmOptionsValidator().Validate(null, options);
        return result.Failed ? result.Failures.ToList() : [];
    }

    [Fact]
    public void NoneNeedsNothingElse() =>
        Assert.Empty(Failures(new LlmOptions { Provider = "None", PromptsDir = "/nowhere" }));

    [Fact]
    public void UnknownProviderIsNamed() =>
        Assert.Equal("Llm:Provider 'OpenAl' is not one of None, OpenAI, AzureOpenAI, Ollama.", Assert.Single(Failures(new LlmOptions { Provider = "OpenAl" })));

    [Fact]
    public void OpenAiWithoutModelNamesTheKey() =>
        Assert.Contains("Llm:Model is required when Llm:Provider is OpenAI.",
            Failures(new LlmOptions { Provider = "openai", Endpoint = "http://127.0.0.1:1/v1", PromptsDir = RepoPrompts }));

    [Fact]
    public void OpenAiPublicApiNeedsAKey() =>
        Assert.Contains(Failures(new LlmOptions { Provider = "OpenAI", Model = "gpt-4o-mini", PromptsDir = RepoPrompts }),
            f => f.StartsWith("Llm:ApiKey is required when Llm:Provider is OpenAI", StringComparison.Ordinal));

    [Fact]
    public void AzureNeedsEndpointDeploymentAndKey()
    {
        var failures = Failures(new LlmOptions { Provider = "AzureOpenAI", PromptsDir = RepoPrompts });

        Assert.Contains(failures, f => f.StartsWith("Llm:Endpoint is required", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:Deployment (or Llm:Model) is required", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:ApiKey is required when Llm:Provider is AzureOpenAI", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Endpoint", "localhost:11434", "Llm:Endpoint 'localhost:11434' is not an absolute http(s) URL.")]
    [InlineData("TimeoutSeconds", "0", "Llm:TimeoutSeconds must be between 0 and 3600")]
    [InlineData("MaxRetries", "-1", "Llm:MaxRetries must be between 0 and 10")]
    [InlineData("Temperature", "3", "Llm:Temperature must be between 0 and 2")]
    [InlineData("PromptsDir", "/no/such/prompts", "Llm:PromptsDir '/no/such/prompts' has no Briefing/Answer/skprompt.txt")]
    public void OutOfRangeValuesNameTheirKey(string key, string value, string message)
    {
        var values = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "Ollama", ["Llm:Model"] = "llama3.2", ["Llm:PromptsDir"] = RepoPrompts, [$"Llm:{key}"] = value,
        };
        using var services = new ServiceCollection()
            .AddLogging()
            .AddBriefingLlm(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains(error.Failures, f => f.StartsWith(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ollama", null, "http://localhost:11434/v1")]
    [InlineData("Ollama", "http://gpu-box:11434/", "http://gpu-box:11434/v1")]
    [InlineData("Ollama", "http://gpu-box:11434/v1", "http://gpu-box:11434/v1")]
    [InlineData("AzureOpenAI", "https://res.openai.azure.com", "https://res.openai.azure.com/openai/v1")]
    [InlineData("OpenAI", "http://127.0.0.1:8080/v1", "http://127.0.0.1:8080/v1")]
    [InlineData("OpenAI", null, null)]
    public void EndpointsAreTheOpenAiCompatibleSurfaceOfEachProvider(string provider, string? endpoint, string? expected) =>
        Assert.Equal(expected, ModelEndpoint.Resolve(new LlmOptions { Provider = provider }.ProviderKind, endpoint)?.ToString().TrimEnd('/'));
}
