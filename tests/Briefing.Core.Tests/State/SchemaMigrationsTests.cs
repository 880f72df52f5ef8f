using Briefing.Core.State;
using Briefing.Core.Tests.Support;
using Dapper;

namespace Briefing.Core.Tests.State;

public sealed class SchemaMigrationsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("State")]
    [InlineData("Vectors")]
    public void Migrations_are_numbered_from_one_without_gaps(string database)
    {
        var migrations = database == "State" ? SchemaMigrations.State : SchemaMigrations.Vectors;

        Assert.NotEmpty(migrations.Scripts);
        Assert.Equal(Enumerable.Range(1, migrations.Scripts.Count), migrations.Scripts.Select(s => s.Version));
        Assert.All(migrations.Scripts, s => Assert.StartsWith($"{s.Version:D4}_", s.Name));
    }

    [Fact]
    public void A_new_state_db_gets_every_table_the_stores_use()
    {
        var database = new StateDatabase(_folder.Combine("state.db"));

        using var connection = database.Open();
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "conversation_turns", "digest_subscriptions", "web_feed_validators", "web_feed_seen_items",
                "web_near_dup_signatures", "web_near_dup_bands", "web_also_reported_by", "bot_answers",
                "telegram_polling_offsets", "article_tombstones", "articles", "SchemaVersions",
            },
            tables);
    }

    public void Dispose() => _folder.Dispose();
}
