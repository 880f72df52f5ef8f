using Briefing.Core.Conversations;
using Briefing.Core.Curation;
using Briefing.Core.Ingestion;
using Briefing.Core.Storage;
using Briefing.Core.Digests.Scheduling;
using Briefing.Core.Embeddings;
using Briefing.Core.Web;
using Briefing.Storage.Postgres;
using Briefing.Telegram.Answers;
using Briefing.Telegram.Conversation;
using Briefing.Telegram.Delivery;
using Briefing.Telegram.Polling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Storage;

/// <summary>
/// The one place that picks the storage backend: every store interface gets its SQLite or its PostgreSQL
/// implementation here, by <c>Storage:Provider</c>. The areas' own <c>Add...</c> extensions register no store.
/// </summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Configure(o => o.ConnectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        var provider = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.ParsedProvider;
        // An unknown provider fails validation at start; until then the embedded default stands in.
        if (provider == StorageProvider.Postgres) AddPostgresStores(services);
        else AddSqliteStores(services);
        // Ingestion asks for the optional "withheld articles" view: the tombstone store, whichever backend holds it.
        services.AddSingleton<IWithheldArticles>(sp => sp.GetRequiredService<IArticleTombstoneStore>());
        return services;
    }

    private static void AddSqliteStores(IServiceCollection services)
    {
        services.AddSingleton<IArticleStore, SqliteArticleStore>();
        services.AddSingleton<IArticleTombstoneStore, ArticleTombstoneStore>();
        services.AddSingleton<IChatHistoryStore, SqliteChatHistoryStore>();
        services.AddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
        services.AddSingleton<IFeedStateStore, SqliteFeedStateStore>();
        services.AddSingleton<IFeedPollClaims, LocalFeedPollClaims>();
        services.AddSingleton<INearDuplicateStore, SqliteNearDuplicateStore>();
        services.AddSingleton<IPassageVectorStore, SqlitePassageVectorStore>();
        services.AddSingleton<IAnswerStore, SqliteAnswerStore>();
        services.AddSingleton<IUpdateOffsetStore, SqliteUpdateOffsetStore>();
        services.AddSingleton<IQuestionWindows, LocalQuestionWindows>();
    }

    private static void AddPostgresStores(IServiceCollection services)
    {
        services.AddSingleton<PostgresDatabase>();
        services.AddSingleton<IArticleStore, PostgresArticleStore>();
        services.AddSingleton<IArticleTombstoneStore, PostgresArticleTombstoneStore>();
        services.AddSingleton<IChatHistoryStore, PostgresChatHistoryStore>();
        services.AddSingleton<ISubscriptionStore, PostgresSubscriptionStore>();
        services.AddSingleton<IFeedStateStore, PostgresFeedStateStore>();
        // Each feed is polled by one instance per interval (row leases).
        services.AddSingleton<IFeedPollClaims, PostgresFeedPollClaims>();
        services.AddSingleton<INearDuplicateStore, PostgresNearDuplicateStore>();
        services.AddSingleton<IPassageVectorStore, PostgresPassageVectorStore>();
        services.AddSingleton<IAnswerStore, PostgresAnswerStore>();
        services.AddSingleton<IUpdateOffsetStore, PostgresUpdateOffsetStore>();
        // The per-user question limit counts every instance's questions.
        services.AddSingleton<IQuestionWindows, PostgresQuestionWindows>();
        // Telegram across instances: one shared update queue, one outbox, one poller and one sender at a time.
        services.AddSingleton<IUpdateQueue, PostgresUpdateQueue>();
        services.AddSingleton<IOutbox, PostgresOutbox>();
        services.AddSingleton<ILeaderElection, PostgresLeaderElection>();
        // The Lucene index under Briefing:DataDir becomes this instance's replica of the shared article table.
        services.AddHostedService<IndexReplicaFollower>();
    }
}
