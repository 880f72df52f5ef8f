using Briefing.Storage.Postgres;
using Briefing.Storage.Tests.Support;
using Dapper;
using Npgsql;

namespace Briefing.Storage.Tests.Schema;

/// <summary>The shared DbUp run on the PostgreSQL side: a database migrated by a newer program is refused, not touched.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaUpgradeTests(PostgresCluster cluster)
{
    [Fact]
    public void A_database_from_a_newer_program_is_refused_with_a_message_naming_the_setting_and_both_versions()
    {
        var connectionString = cluster.CreateDatabase("newerschema");
        using (new PostgresDatabase(connectionString)) { }
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            connection.Execute("INSERT INTO schemaversions (scriptname, applied) VALUES ('0099_from_a_newer_briefing', now())");
        }

        var error = Assert.Throws<InvalidOperationException>(() => new PostgresDatabase(connectionString));

        Assert.Contains("ConnectionStrings:Briefing has schema version 99", error.Message);
        Assert.Contains($"newer than this program's {PostgresDatabase.Migrations.LatestVersion}", error.Message);
        Assert.DoesNotContain("Host=", error.Message, StringComparison.OrdinalIgnoreCase); // never the connection string
    }
}
