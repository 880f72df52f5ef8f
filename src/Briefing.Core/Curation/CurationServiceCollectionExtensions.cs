using Briefing.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Core.Curation;

/// <summary>Listing, showing and removing indexed articles, their tombstones and retention.</summary>
public static class CurationServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingCuration(this IServiceCollection services)
    {
        services.TryAddSingleton<ArticleCatalog>();
        services.TryAddSingleton<ArticleRemover>();
        // The tombstone store itself (IArticleTombstoneStore, the one IWithheldArticles) comes from AddBriefingStorage.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIngestionListener, TombstoneLifter>());
        if (services.All(d => d.ServiceType != typeof(RetentionService)))
        {
            services.AddSingleton<RetentionService>();
            services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        }
        return services;
    }
}
