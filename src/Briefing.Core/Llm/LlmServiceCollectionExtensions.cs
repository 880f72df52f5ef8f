using Briefing.Core.Answering;
using Briefing.Core.Configuration;
using Briefing.Core.Conversations;
using Briefing.Core.Digests.Summaries;
using Briefing.Core.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using Polly;

namespace Briefing.Core.Llm;

/// <summary>The model area: prompts, the resilient HTTP client, the model-backed generator, condenser and story summaries.</summary>
public static class LlmServiceCollectionExtensions
{
    public const string HttpClientName = "Briefing.Llm";

    /// <summary>
    /// The <see cref="ImplementationKeys.Model"/> candidates — <see cref="KernelAnswerGenerator"/>,
    /// <see cref="LlmQuestionCondenser"/>, <see cref="StorySummaryWriter"/> — and, with a provider configured, the chat
    /// completion service in the host's kernel. Whether they are active is <c>Composition/ActiveImplementations</c>' decision.
    /// </summary>
    public static IServiceCollection AddBriefingLlm(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => SecretRedactor.FromConfiguration(configuration));
        services.AddHostKernel();
        services.AddBriefingConversations();
        services.TryAddSingleton<PromptLibrary>();
        services.TryAddSingleton<PromptRunner>();
        services.TryAddSingleton<CitationVerifier>();

        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan) // the pipeline below owns timeouts
            .AddResilienceHandler("llm", ConfigureResilience);

        services.TryAddSingleton<KernelAnswerGenerator>();
        services.TryAddSingleton<LlmQuestionCondenser>();
        services.TryAddSingleton<StorySummaryWriter>();
        services.TryAddKeyedSingleton<IAnswerGenerator>(ImplementationKeys.Model, (sp, _) => sp.GetRequiredService<KernelAnswerGenerator>());
        services.TryAddKeyedSingleton<IQuestionCondenser>(ImplementationKeys.Model, (sp, _) => sp.GetRequiredService<LlmQuestionCondenser>());
        services.TryAddKeyedSingleton<IStorySummaryWriter>(ImplementationKeys.Model, (sp, _) => sp.GetRequiredService<StorySummaryWriter>());

        var provider = new LlmOptions { Provider = configuration[$"{LlmOptions.SectionName}:Provider"] ?? nameof(ModelProvider.None) };
        if (provider.IsEnabled) services.TryAddSingleton<IChatCompletionService>(ChatCompletion.Create);
        return services;
    }

    /// <summary>Per attempt a timeout; 429, 408, 5xx and transport errors are retried with exponential backoff or after Retry-After.</summary>
    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<LlmOptions>>().Value;
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
            });
        }
        pipeline.AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds));
    }
}
