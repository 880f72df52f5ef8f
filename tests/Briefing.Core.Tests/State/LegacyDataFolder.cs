using Microsoft.Data.Sqlite;

namespace Briefing.Core.Tests.State;

/// <summary>Builds SQLite files as main wrote them before versioned migrations, from the SQL in <c>State/Fixtures/</c>.</summary>
public static class LegacyDataFolder
{
    public static string WriteStateDb(string folder) => Write(folder, "state.db", "state-db-before-migrations.sql");

    public static string WriteVectorsDb(string folder) => Write(folder, "vectors.db", "vectors-db-before-migrations.sql");

    private static string Write(string folder, string fileName, string fixture)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "State", "Fixtures", fixture));
            command.ExecuteNonQuery();
        }
        return path;
    }
}
