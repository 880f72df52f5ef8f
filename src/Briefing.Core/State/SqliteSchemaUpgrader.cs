using DbUp;
using DbUp.Engine;
using Microsoft.Data.Sqlite;

namespace Briefing.Core.State;

/// <summary>
/// Brings a SQLite file to the latest schema with DbUp: runs the migrations its journal (<c>SchemaVersions</c>) has
/// not recorded, each in its own transaction, then stamps <c>PRAGMA user_version</c> with the version reached.
/// </summary>
internal static class SqliteSchemaUpgrader
{
    public static void Upgrade(string connectionString, string filePath, SchemaMigrations migrations)
    {
        var found = UserVersion(connectionString);
        if (found > migrations.LatestVersion)
        {
            throw new InvalidOperationException(
                $"{filePath} has schema version {found}, newer than this program's {migrations.LatestVersion}: " +
                "it was written by a newer Briefing. Run that version, or point Briefing:DataDir at another folder.");
        }

        var result = DeployChanges.To.SqliteDatabase(connectionString)
            .WithScripts(migrations.Scripts.Select(m => new SqlScript(m.Name, m.Sql)))
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"{filePath} could not be upgraded to schema version {migrations.LatestVersion}: migration " +
                $"'{result.ErrorScript?.Name}' failed ({result.Error.Message}). The file is unchanged from that migration on.",
                result.Error);
        }

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
