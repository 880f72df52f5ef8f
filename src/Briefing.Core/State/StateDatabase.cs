using Briefing.Core.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Briefing.Core.State;

/// <summary>
/// The embedded state store: one SQLite file (<c>state.db</c>) under the data folder. Each feature owns its
/// tables and creates them with <c>CREATE TABLE IF NOT EXISTS</c> through <see cref="EnsureSchema"/>.
/// </summary>
public sealed class StateDatabase
{
    private readonly string _connectionString;

    public StateDatabase(IOptions<BriefingOptions> options)
        : this(Path.Combine(options.Value.DataDirFullPath, "state.db"))
    {
    }

    public StateDatabase(string filePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(filePath))!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        using var connection = Open();
        using var wal = connection.CreateCommand();
        // WAL keeps readers and the single writer from blocking each other and survives crashes.
        wal.CommandText = "PRAGMA journal_mode=WAL;";
        wal.ExecuteNonQuery();
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var timeout = connection.CreateCommand();
        // synchronous=NORMAL: in WAL mode a commit no longer waits for fsync (the WAL is synced at checkpoints).
        // The database stays consistent after a crash; only the last commits before a power cut can be lost, and
        // ingest re-derives them (idempotent). Per-article fsyncs were the largest cost of `ingest` (bench/README.md).
        timeout.CommandText = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";
        timeout.ExecuteNonQuery();
        return connection;
    }

    public void EnsureSchema(string createStatements)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = createStatements;
        command.ExecuteNonQuery();
    }
}
