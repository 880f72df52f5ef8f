using Briefing.Core.Configuration;
using Briefing.Core.Digests.Clustering;
using Briefing.Core.Digests.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Digests;

/// <summary>Daily digests: the builder, subscriptions and the hosted scheduler (idle while <c>ActiveImplementations.DigestDelivery</c> is off).</summary>
public static class DigestServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingDigests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DigestOptions>()
            .Bind(configuration.GetSection(DigestOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DigestBuilder>();
        // German and English reports meet through the FreeDict lexicon when it is installed (Lexicon:*); harmless when not.
        services.TryAddKeyedSingleton<IStoryTermTranslator, LexiconTermTranslator>(ImplementationKeys.Lexicon);
        services.AddHostedService<DigestScheduler>();
        return services;
    }
}
