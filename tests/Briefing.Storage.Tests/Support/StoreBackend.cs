using Briefing.Core.Conversations;
using Briefing.Core.Curation;
using Briefing.Core.Storage;
using Briefing.Core.Digests.Scheduling;
using Briefing.Core.Embeddings;
using Briefing.Core.State;
using Briefing.Core.Web;
using Briefing.Storage.Postgres;
using Briefing.Telegram.Answers;
using Briefing.Telegram.Polling;
using Dapper;

namespace Briefing.Storage.Tests.Support;

/// <summary>
/// The stores of one backend for one test: SQLite files in a fresh folder, or the test class's PostgreSQL database
/// emptied first (the collection runs its classes one at a time). Each call makes a new store instance on the same
/// data, as a restart or a second instance would.
/// </summary>
public sealed class StoreBackend : IDisposable
{
    private readonly TimeProvider _time;
    private readonly string? _folder;
    private readonly PostgresDatabase? _postgres;

    private StoreBackend(TimeProvider time, string? folder, PostgresDatabase? postgres)
    {
        _time = time;
        _folder = folder;
        _postgres = postgres;
    }

    public static StoreBackend Open(StorageProvider provider, PostgresCluster cluster, Type testClass, TimeProvider time)
    {
        if (provider == StorageProvider.Sqlite)
            return new StoreBackend(time, Directory.CreateTempSubdirectory("briefing-store-").FullName, null);
        var database = new PostgresDatabase(cluster.DatabaseFor(testClass));
        Empty(database);
        return new StoreBackend(time, null, database);
    }

    public IArticleStore Articles() =>
        _postgres is null ? new SqliteArticleStore(State()) : new PostgresArticleStore(_postgres);

    public IArticleTombstoneStore Tombstones() =>
        _postgres is null ? new ArticleTombstoneStore(State(), _time) : new PostgresArticleTombstoneStore(_postgres, _time);

    public IChatHistoryStore ChatHistory() =>
        _postgres is null ? new SqliteChatHistoryStore(State(), _time) : new PostgresChatHistoryStore(_postgres, _time);

    public ISubscriptionStore Subscriptions() =>
        _postgres is null ? new SqliteSubscriptionStore(State(), _time) : new PostgresSubscriptionStore(_postgres, _time);

    public IFeedStateStore FeedState() =>
        _postgres is null ? new SqliteFeedStateStore(State(), _time) : new PostgresFeedStateStore(_postgres, _time);

    public INearDuplicateStore NearDuplicates() =>
        _postgres is null ? new SqliteNearDuplicateStore(State()) : new PostgresNearDuplicateStore(_postgres);

    public IPassageVectorStore Vectors() =>
        _postgres is null ? new SqlitePassageVectorStore(Path.Combine(_folder!, "vectors.db")) : new PostgresPassageVectorStore(_postgres);

    public IAnswerStore Answers() =>
        _postgres is null ? new SqliteAnswerStore(State(), _time) : new PostgresAnswerStore(_postgres, _time);

    public IUpdateOffsetStore UpdateOffsets() =>
        _postgres is null ? new SqliteUpdateOffsetStore(State(), _time) : new PostgresUpdateOffsetStore(_postgres, _time);

    /// <summary>
    /// The article and near-duplicate stores of one process, over one database object (as the host's container makes
    /// them), so a write batch on the article store takes the signatures along.
    /// </summary>
    public (IArticleStore Articles, INearDuplicateStore NearDuplicates) OneProcessStores()
    {
        if (_postgres is not null) return (new PostgresArticleStore(_postgres), new PostgresNearDuplicateStore(_postgres));
        var state = State();
        return (new SqliteArticleStore(state), new SqliteNearDuplicateStore(state));
    }

    private StateDatabase State() => new(Path.Combine(_folder!, "state.db"));

    /// <summary>Empties every table the migrations made, keeping DbUp's journal and the one-row counters (the article sequence starts again at 0).</summary>
    private static void Empty(PostgresDatabase database)
    {
        using var connection = database.Open();
        var tables = connection.Query<string>("""
            SELECT tablename FROM pg_tables WHERE schemaname = 'public'
            AND tablename NOT IN ('schemaversions', 'passage_vector_generation', 'article_sequence')
            """).ToList();
        if (tables.Count > 0) connection.Execute($"TRUNCATE {string.Join(", ", tables)} RESTART IDENTITY");
        connection.Execute("UPDATE article_sequence SET value = 0");
    }

    public void Dispose()
    {
        _postgres?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_folder is not null) Directory.Delete(_folder, recursive: true);
    }
}
