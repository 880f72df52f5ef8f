using Briefing.Core.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Briefing.Core.State;

/// <summary>
/// An embedded SQLite file under the data folder (<c>state.db</c> by default, <c>vectors.db</c> for passage vectors),
/// brought to its latest schema version when opened: every table comes from a numbered migration in
/// <c>State/Migrations/&lt;Database&gt;/</c> (docs/ARCHITECTURE.md, "Adding a table or column"). Stores query it with
/// Dapper over <see cref="Open"/>.
/// </summary>
public sealed class StateDatabase
{
    private readonly string _connectionString;
    private readonly AsyncLocal<StateWriteBatch?> _batch = new();

    public StateDatabase(IOptions<BriefingOptions> options)
        : this(Path.Combine(options.Value.DataDirFullPath, "state.db"))
    {
    }

    public StateDatabase(string filePath)
        : this(filePath, SchemaMigrations.State)
    {
    }

    public StateDatabase(string filePath, SchemaMigrations migrations)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(filePath))!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        try
        {
            using (var connection = Open())
            using (var wal = connection.CreateCommand())
            {
                // WAL keeps readers and the single writer from blocking each other and survives crashes.
                wal.CommandText = "PRAGMA journal_mode=WAL;";
                wal.ExecuteNonQuery();
            }
            QuickCheck(filePath);
            SqliteSchemaUpgrader.Upgrade(_connectionString, filePath, migrations);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is Corrupt or NotADatabase)
        {
            throw new StateDatabaseDamagedException(filePath, ex.Message, ex);
        }
        SchemaVersion = migrations.LatestVersion;
    }

    private const int Corrupt = 11;     // SQLITE_CORRUPT: "database disk image is malformed"
    private const int NotADatabase = 26; // SQLITE_NOTADB

    /// <summary>
    /// <c>PRAGMA quick_check</c> at every open: a garbled page is found here, with a recovery message, instead of
    /// as a wrong answer later. It reads every page once (milliseconds for a few thousand articles).
    /// </summary>
    private void QuickCheck(string filePath)
    {
        using var connection = Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA quick_check(3);";
        using var reader = check.ExecuteReader();
        var findings = new List<string>();
        while (reader.Read()) findings.Add(reader.GetString(0));
        if (findings is not ["ok"]) throw new StateDatabaseDamagedException(filePath, $"integrity check: {string.Join("; ", findings)}");
    }

    /// <summary>The schema version this file is at (the number of the last migration run).</summary>
    public int SchemaVersion { get; }

    /// <summary>
    /// Starts a write batch on the calling flow (see <see cref="StateWriteBatch"/>): until it is committed or disposed,
    /// <see cref="Connect"/> on this flow (and the async calls it makes) hands out the batch's connection. Other flows
    /// (a chat answer, a health check) keep their own connections and wait for the batch's write lock.
    /// </summary>
    public StateWriteBatch BeginWriteBatch()
    {
        if (_batch.Value is { IsOpen: true }) throw new InvalidOperationException("A write batch is already open on this flow.");
        StateWriteBatch? batch = null;
        batch = new StateWriteBatch(Open(), () => { if (ReferenceEquals(_batch.Value, batch)) _batch.Value = null; });
        _batch.Value = batch;
        return batch;
    }

    /// <summary>A connection for one store call: the open write batch's on this flow, else a pooled one.</summary>
    public StateConnection Connect() =>
        _batch.Value is { IsOpen: true } batch
            ? new StateConnection(batch.Connection, batch.Transaction, owned: false, batch)
            : new StateConnection(Open(), null, owned: true);

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        // synchronous=NORMAL: in WAL mode a commit no longer waits for fsync (the WAL is synced at checkpoints).
        // The database stays consistent after a crash; only the last commits before a power cut can be lost, and
        // ingest re-derives them (idempotent). Per-article fsyncs were the largest cost of `ingest` (bench/README.md).
        pragmas.CommandText = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";
        pragmas.ExecuteNonQuery();
        return connection;
    }
}
