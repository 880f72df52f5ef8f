using Briefing.Core.Configuration;
using Briefing.Core.Curation;
using Briefing.Core.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Embeddings;

/// <summary>Registers hybrid retrieval when <c>Embeddings:Provider</c> is not None; with None nothing changes.</summary>
public static class EmbeddingsServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingEmbeddings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmbeddingsOptions>().Bind(configuration.GetSection(EmbeddingsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmbeddingsOptions>, EmbeddingsOptionsValidator>();
        var provider = new EmbeddingsOptions { Provider = configuration[$"{EmbeddingsOptions.SectionName}:Provider"] ?? "None" };
        if (!provider.IsEnabled) return services;

        services.AddHttpClient(TextEmbedder.HttpClientName);
        services.AddSingleton(EmbeddingGeneratorFactory.Create);
        services.AddSingleton<TextEmbedder>();
        services.AddKeyedSingleton<IVectorPassageSearch, VectorPassageSearch>(ImplementationKeys.Embeddings);
        services.AddSingleton<IIngestionListener, PassageEmbeddingListener>();
        services.AddSingleton<IArticleRemovalListener, PassageVectorRemoval>();
        return services;
    }
}
