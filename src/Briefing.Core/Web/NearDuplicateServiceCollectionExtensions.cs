using Briefing.Core.Curation;
using Briefing.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Core.Web;

/// <summary>Registers MinHash near-duplicate detection; ingestion uses it when an <see cref="INearDuplicateDetector"/> is registered.</summary>
public static class NearDuplicateServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingNearDuplicates(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<INearDuplicateStore, SqliteNearDuplicateStore>();
        services.TryAddSingleton<INearDuplicateDetector, MinHashNearDuplicateDetector>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleRemovalListener, NearDuplicateRemoval>());
        return services;
    }
}
