using Briefing.Core.Conversations;
using Briefing.Core.Digests.Scheduling;
using Briefing.Core.Embeddings;
using Briefing.Core.State;
using Briefing.Core.Tests.Support;
using Briefing.Core.Web;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Core.Tests.State;

/// <summary>A data folder written before versioned migrations opens in place, keeps its rows and takes new ones.</summary>
public sealed class StateDatabaseUpgradeTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 22, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_state_db_from_before_migrations_is_adopted_at_the_latest_version_with_every_migration_recorded()
    {
        var path = LegacyDataFolder.WriteStateDb(_folder.Path);

        var database = new StateDatabase(path);

        Assert.Equal(SchemaMigrations.State.LatestVersion, database.SchemaVersion);
        using var connection = database.Open();
        Assert.Equal(SchemaMigrations.State.LatestVersion, connection.ExecuteScalar<int>("PRAGMA user_version"));
        Assert.Equal(
            SchemaMigrations.State.Scripts.Select(s => s.Name),
            connection.Query<string>("SELECT ScriptName FROM SchemaVersions ORDER BY ScriptName"));
    }

    [Fact]
    public void Every_store_reads_the_rows_it_wrote_before_the_upgrade()
    {
        var database = new StateDatabase(LegacyDataFolder.WriteStateDb(_folder.Path));

        var turn = Assert.Single(new SqliteChatHistoryStore(database, _time).GetRecent("telegram:42"));
        Assert.Equal("In March [1].", turn.AnswerText);
        var subscription = Assert.Single(new SqliteSubscriptionStore(database, _time).All());
        Assert.Equal((42L, new TimeOnly(7, 30), "Europe/Berlin", new DateOnly(2026, 11, 30)),
            (subscription.ChatId, subscription.SendAt, subscription.TimeZone, subscription.LastSentDate));
        var feeds = new SqliteFeedStateStore(database, _time);
        Assert.True(feeds.IsSeen("https://news.example/feed.xml", "https://news.example/comet"));
        Assert.Equal("\"v1\"", feeds.GetValidators("https://news.example/feed.xml")?.ETag);
        Assert.Equal(["Other News"], new SqliteNearDuplicateStore(database).Reports("web/news.example/comet"));
    }

    [Fact]
    public void An_upgraded_state_db_takes_new_rows_and_reopens_without_running_a_migration_twice()
    {
        var path = LegacyDataFolder.WriteStateDb(_folder.Path);
        var history = new SqliteChatHistoryStore(new StateDatabase(path), _time);
        history.Append("telegram:42", new("And where?", "Where was the comet seen?", "Over Chile [1]."));

        var reopened = new StateDatabase(path);

        Assert.Equal(2, new SqliteChatHistoryStore(reopened, _time).GetRecent("telegram:42").Count);
        using var connection = reopened.Open();
        Assert.Equal(SchemaMigrations.State.Scripts.Count, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM SchemaVersions"));
    }

    [Fact]
    public void A_vectors_db_from_before_migrations_keeps_its_vectors_and_backlog()
    {
        var store = new SqlitePassageVectorStore(LegacyDataFolder.WriteVectorsDb(_folder.Path));

        Assert.Equal(2, store.Count);
        Assert.Equal("news/hafen#p0", store.Nearest([0f, 1f], top: 1)[0].PassageId);
        Assert.Equal(["news/late"], store.Backlog());
        Assert.Equal("model-a:1", store.Fingerprints("news/comet")["news/comet#p0"]);
    }

    [Fact]
    public void A_file_from_a_newer_program_is_refused_with_a_message_naming_both_versions()
    {
        var path = _folder.Combine("state.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            connection.Execute($"PRAGMA user_version = {SchemaMigrations.State.LatestVersion + 5}");
        }

        var error = Assert.Throws<InvalidOperationException>(() => new StateDatabase(path));

        Assert.Contains($"schema version {SchemaMigrations.State.LatestVersion + 5}", error.Message);
        Assert.Contains("newer Briefing", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
