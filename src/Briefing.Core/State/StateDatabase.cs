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
        using (var connection = Open())
        using (var wal = connection.CreateCommand())
        {
            // WAL keeps readers and the single writer from blocking each other and survives crashes.
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            wal.ExecuteNonQuery();
        }
        SqliteSchemaUpgrader.Upgrade(_connectionString, filePath, migrations);
        SchemaVersion = migrations.LatestVersion;
    }

    /// <summary>The schema version this file is at (the number of the last migration run).</summary>
    public int SchemaVersion { get; }

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
