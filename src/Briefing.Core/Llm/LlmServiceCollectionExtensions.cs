using Briefing.Core.Answering;
using Briefing.Core.Conversations;
using Briefing.Core.Digests.Summaries;
using Briefing.Core.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Briefing.Core.Llm;

/// <summary>Registers the model-backed generator, condenser and story summaries when <c>Llm:Provider</c> is not None.</summary>
public static class LlmServiceCollectionExtensions
{
    public const string HttpClientName = "Briefing.Llm";

    /// <summary>
    /// Call after <c>AddBriefingCore</c>: with a provider configured, <see cref="KernelAnswerGenerator"/> and
    /// <see cref="LlmQuestionCondenser"/> are registered after the extractive ones, so they are the last (active) ones,
    /// and <see cref="StorySummaryWriter"/> becomes the digest's <see cref="IStorySummaryWriter"/>.
    /// </summary>
    public static IServiceCollection AddBriefingLlm(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => SecretRedactor.FromConfiguration(configuration));
        services.TryAddSingleton<PromptLibrary>();
        services.TryAddSingleton<PromptRunner>();
        services.TryAddSingleton<CitationVerifier>();

        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan) // the pipeline below owns timeouts
            .AddResilienceHandler("llm", ConfigureResilience);

        var provider = new LlmOptions { Provider = configuration[$"{LlmOptions.SectionName}:Provider"] ?? nameof(LlmProvider.None) };
        if (provider.IsEnabled)
        {
            services.AddSingleton<KernelAnswerGenerator>();
            services.AddSingleton<IAnswerGenerator>(sp => sp.GetRequiredService<KernelAnswerGenerator>());
            // The offline condenser first (idempotent), so the model condenser is the last one whatever the order
            // in which the host adds its areas, and has the offline one to fall back to.
            services.AddBriefingConversations();
            services.AddSingleton<LlmQuestionCondenser>();
            services.AddSingleton<IQuestionCondenser>(sp => sp.GetRequiredService<LlmQuestionCondenser>());
            services.AddSingleton<StorySummaryWriter>();
            services.AddSingleton<IStorySummaryWriter>(sp => sp.GetRequiredService<StorySummaryWriter>());
        }
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
