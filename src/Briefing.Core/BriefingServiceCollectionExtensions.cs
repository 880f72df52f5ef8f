using Briefing.Core.Articles;
using Briefing.Core.Configuration;
using Briefing.Core.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Core;

/// <summary>The one composition entry of the engine; other areas add their own <c>AddBriefing...</c> next to it.</summary>
public static class BriefingServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BriefingOptions>()
            .Bind(configuration.GetSection(BriefingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StateDatabase>();
        services.AddBriefingArticles();
        return services;
    }
}
