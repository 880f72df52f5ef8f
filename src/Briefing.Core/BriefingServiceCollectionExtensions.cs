using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Composition;
using Briefing.Core.Configuration;
using Briefing.Core.Curation;
using Briefing.Core.Diagnostics;
using Briefing.Core.Conversations;
using Briefing.Core.Embeddings;
using Briefing.Core.Ingestion;
using Briefing.Core.Search;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Security;
using Briefing.Core.State;
using Briefing.Core.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.SemanticKernel;

namespace Briefing.Core;

/// <summary>
/// The one composition entry of the engine; other areas add their own <c>AddBriefing...</c> next to it. Which
/// implementation of each pluggable service is active is decided by <see cref="ActiveImplementations"/> alone.
/// </summary>
public static class BriefingServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BriefingOptions>()
            .Bind(configuration.GetSection(BriefingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AnsweringOptions>()
            .Bind(configuration.GetSection(AnsweringOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => SecretRedactor.FromConfiguration(configuration));
        services.AddMetrics();
        services.TryAddSingleton<BriefingMetrics>();
        services.AddActiveImplementations(configuration);
        services.TryAddSingleton<StateDatabase>();
        services.AddBriefingArticles();

        services.TryAddSingleton<LuceneNewsIndex>();
        services.TryAddSingleton<INewsIndex>(sp => sp.GetRequiredService<LuceneNewsIndex>());
        services.TryAddSingleton<ITermStatistics>(sp => sp.GetRequiredService<LuceneNewsIndex>());
        // IArticleStore (SQLite or PostgreSQL) comes from AddBriefingStorage, with every other store.
        services.TryAddSingleton<ArticleIndexer>();
        services.TryAddSingleton<IndexCatchUp>();
        services.TryAddSingleton<DataFolderWriter>();
        services.TryAddSingleton<IngestionService>();
        services.AddBriefingCuration();

        services.AddBriefingNearDuplicates();
        services.AddBriefingEmbeddings(configuration);
        services.AddBriefingConversations();
        services.TryAddSingleton<NameDetector>();
        // The asker's shorthand (genitive names, news abbreviations) as the articles write it, for retrieval and answering alike.
        services.AddSingleton<IQueryExpander, AskersWordForms>();
        services.TryAddSingleton<ExtractiveAnswerGenerator>();
        services.TryAddKeyedSingleton<IAnswerGenerator>(ImplementationKeys.Extractive, (sp, _) => sp.GetRequiredService<ExtractiveAnswerGenerator>());
        services.TryAddSingleton<RetrievalPlugin>();
        services.TryAddSingleton<GeneratorPlugin>();
        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<RetrievalPlugin>(), RetrievalPlugin.PluginName));
        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<GeneratorPlugin>(), GeneratorPlugin.PluginName));
        services.AddHostKernel();
        services.TryAddSingleton<AnswerService>();
        return services;
    }
}
