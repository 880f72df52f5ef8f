using Briefing.Core.Configuration;
using Briefing.Core.Curation;
using Briefing.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Core.Web;

/// <summary>Registers MinHash near-duplicate detection, the <see cref="ImplementationKeys.MinHash"/> candidate for <see cref="INearDuplicateDetector"/>.</summary>
public static class NearDuplicateServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingNearDuplicates(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton<INearDuplicateDetector, MinHashNearDuplicateDetector>(ImplementationKeys.MinHash);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleRemovalListener, NearDuplicateRemoval>());
        return services;
    }
}
