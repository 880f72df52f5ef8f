using DbUp;
using Microsoft.Data.Sqlite;

namespace Briefing.Core.State;

/// <summary>
/// Brings a SQLite file to the latest schema (<see cref="SchemaUpgradeRun"/>: the migrations DbUp's journal
/// <c>SchemaVersions</c> has not recorded), then stamps <c>PRAGMA user_version</c> with the version reached.
/// </summary>
internal static class SqliteSchemaUpgrader
{
    public static void Upgrade(string connectionString, string filePath, SchemaMigrations migrations)
    {
        SchemaUpgradeRun.Upgrade(DeployChanges.To.SqliteDatabase(connectionString), migrations, UserVersion(connectionString), filePath,
            whenNewer: "Run that version, or point Briefing:DataDir at another folder.",
            whenFailed: "The file is unchanged from that migration on.");

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var stamp = connection.CreateCommand();
        stamp.CommandText = $"PRAGMA user_version = {migrations.LatestVersion};";
        stamp.ExecuteNonQuery();
    }

    /// <summary>The version stamped by the last upgrade; 0 for a new file or one from before versioned migrations.</summary>
    public static int UserVersion(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
