using System.Globalization;
using Briefing.Core.State;
using Dapper;
using DbUp;
using Npgsql;

namespace Briefing.Storage.Postgres;

/// <summary>
/// Brings the database to the latest schema (<see cref="SchemaUpgradeRun"/>: the migrations DbUp's journal
/// <c>schemaversions</c> has not recorded). Instances starting together take turns under an advisory lock, so each
/// script runs once. The version found is the highest migration in the journal.
/// </summary>
internal static class PostgresSchemaUpgrader
{
    /// <summary>Advisory lock key held while migrating ("BRIEFING" in ASCII, an arbitrary constant).</summary>
    private const long MigrationLockKey = 0x4252_4945_4649_4E47;

    public static void Upgrade(NpgsqlDataSource dataSource, string connectionString, SchemaMigrations migrations)
    {
        using var lockConnection = OpenOrExplain(dataSource);
        lockConnection.Execute("SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey });
        try
        {
            SchemaUpgradeRun.Upgrade(DeployChanges.To.PostgresqlDatabase(connectionString), migrations, AppliedVersion(lockConnection),
                $"The database of {StorageOptions.ConnectionStringKey}", whenNewer: "Run that version on it.");
        }
        finally
        {
            lockConnection.Execute("SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey });
        }
    }

    /// <summary>The highest migration number in DbUp's journal; 0 for a new database.</summary>
    private static int AppliedVersion(NpgsqlConnection connection)
    {
        if (connection.ExecuteScalar<string?>("SELECT to_regclass('schemaversions')::text") is null) return 0;
        return connection.Query<string>("SELECT scriptname FROM schemaversions")
            .Select(name => int.TryParse(name.AsSpan(0, Math.Min(4, name.Length)), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .DefaultIfEmpty(0)
            .Max();
    }

    private static NpgsqlConnection OpenOrExplain(NpgsqlDataSource dataSource)
    {
        try
        {
            return dataSource.OpenConnection();
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            // The message names the key to check, never the connection string itself (it may carry a password).
            throw new InvalidOperationException(
                $"Could not connect to the PostgreSQL database of {StorageOptions.ConnectionStringKey}: {e.Message}", e);
        }
    }
}
