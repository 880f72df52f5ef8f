using Briefing.Core.State;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Briefing.Storage.Postgres;

/// <summary>
/// The shared PostgreSQL database (<c>ConnectionStrings:Briefing</c>), brought to its latest schema version when
/// first used: every table comes from a numbered migration in <c>Postgres/Migrations/</c>, the same rules as the
/// SQLite files (docs/ARCHITECTURE.md, "Adding a table or column"). Stores query it with Dapper over <see cref="Open"/>.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    /// <summary>The PostgreSQL schema history: tables of state.db and vectors.db in one database.</summary>
    public static readonly SchemaMigrations Migrations =
        SchemaMigrations.FromAssembly(typeof(PostgresDatabase).Assembly, "Briefing.Postgres.Migrations.", "PostgreSQL");

    private readonly NpgsqlDataSource _dataSource;
    private readonly AsyncLocal<PostgresWriteBatch?> _batch = new();

    public PostgresDatabase(IOptions<StorageOptions> options)
        : this(options.Value.ConnectionString
               ?? throw new InvalidOperationException($"{StorageOptions.ConnectionStringKey} is not set."))
    {
    }

    public PostgresDatabase(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        PostgresSchemaUpgrader.Upgrade(_dataSource, connectionString, Migrations);
        SchemaVersion = Migrations.LatestVersion;
    }

    /// <summary>The schema version this database is at (the number of the last migration run).</summary>
    public int SchemaVersion { get; }

    public NpgsqlConnection Open() => _dataSource.OpenConnection();

    /// <summary>
    /// Starts a write batch on the calling flow (see <see cref="PostgresWriteBatch"/>): until it is committed or disposed,
    /// <see cref="Connect"/> on this flow (and the async calls it makes) hands out the batch's connection. Other flows
    /// (a chat answer, another instance) keep their own connections.
    /// </summary>
    public PostgresWriteBatch BeginWriteBatch()
    {
        if (_batch.Value is { IsOpen: true }) throw new InvalidOperationException("A write batch is already open on this flow.");
        PostgresWriteBatch? batch = null;
        batch = new PostgresWriteBatch(Open(), () => { if (ReferenceEquals(_batch.Value, batch)) _batch.Value = null; });
        _batch.Value = batch;
        return batch;
    }

    /// <summary>A connection for one store call of the batched stores: the open write batch's on this flow, else a pooled one.</summary>
    public PostgresStoreConnection Connect() =>
        _batch.Value is { IsOpen: true } batch ? new PostgresStoreConnection(batch.Connection, batch) : new PostgresStoreConnection(Open(), null);

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => await _dataSource.OpenConnectionAsync(cancellationToken);

    public void Dispose() => _dataSource.Dispose();
}
