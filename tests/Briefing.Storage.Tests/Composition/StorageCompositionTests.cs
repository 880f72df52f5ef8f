using Briefing.Core.Configuration;
using Briefing.Core.Conversations;
using Briefing.Core.Curation;
using Briefing.Core.Ingestion;
using Briefing.Core.Storage;
using Briefing.Core.Digests.Scheduling;
using Briefing.Core.Embeddings;
using Briefing.Core.State;
using Briefing.Core.Web;
using Briefing.Storage.Postgres;
using Briefing.Storage.Tests.Support;
using Briefing.Telegram.Answers;
using Briefing.Telegram.Polling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Storage.Tests.Composition;

[Collection(PostgresCollection.Name)]
public sealed class StorageCompositionTests(PostgresCluster cluster) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-compose-").FullName;

    private ServiceProvider Compose(Dictionary<string, string?> settings)
    {
        settings["Briefing:DataDir"] = _folder;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<BriefingOptions>().Bind(configuration.GetSection(BriefingOptions.SectionName));
        services.AddSingleton<StateDatabase>();
        services.AddBriefingStorage(configuration);
        return services.BuildServiceProvider();
    }

    private static Type[] StoreTypes(IServiceProvider services) =>
    [
        services.GetRequiredService<IArticleStore>().GetType(),
        services.GetRequiredService<IArticleTombstoneStore>().GetType(),
        services.GetRequiredService<IWithheldArticles>().GetType(),
        services.GetRequiredService<IChatHistoryStore>().GetType(),
        services.GetRequiredService<ISubscriptionStore>().GetType(),
        services.GetRequiredService<IFeedStateStore>().GetType(),
        services.GetRequiredService<INearDuplicateStore>().GetType(),
        services.GetRequiredService<IPassageVectorStore>().GetType(),
        services.GetRequiredService<IAnswerStore>().GetType(),
        services.GetRequiredService<IUpdateOffsetStore>().GetType(),
    ];

    [Fact]
    public void Without_settings_every_store_is_the_embedded_sqlite_one()
    {
        using var services = Compose([]);
        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.All(StoreTypes(services), type => Assert.DoesNotContain("Postgres", type.FullName, StringComparison.Ordinal));
        Assert.Contains(StoreTypes(services), type => type == typeof(SqliteArticleStore));
        Assert.True(File.Exists(Path.Combine(_folder, "state.db")));
    }

    [Fact]
    public void Postgres_picks_every_postgres_store_and_migrates_the_database()
    {
        using var services = Compose(new()
        {
            ["Storage:Provider"] = "postgres",
            ["ConnectionStrings:Briefing"] = cluster.DatabaseFor(GetType()),
        });
        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.All(StoreTypes(services), type => Assert.StartsWith("Postgres", type.Name, StringComparison.Ordinal));
        Assert.Equal(PostgresDatabase.Migrations.LatestVersion, services.GetRequiredService<PostgresDatabase>().SchemaVersion);
        services.GetRequiredService<IUpdateOffsetStore>().SaveLastUpdateId("bot", 41);
        Assert.Equal(42, services.GetRequiredService<IUpdateOffsetStore>().NextOffset("bot"));
        Assert.False(File.Exists(Path.Combine(_folder, "state.db")));
    }

    [Theory]
    [InlineData("Mysql", "x", "Storage:Provider must be 'Sqlite'")]
    [InlineData("Postgres", null, "ConnectionStrings:Briefing is not set")]
    [InlineData("Postgres", "Hots=db;Password=hunter2", "ConnectionStrings:Briefing is not a valid PostgreSQL connection string")]
    public void Bad_settings_stop_the_start_with_a_message_naming_the_key(string provider, string? connection, string expected)
    {
        using var services = Compose(new() { ["Storage:Provider"] = provider, ["ConnectionStrings:Briefing"] = connection });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_database_names_the_key_but_not_the_password()
    {
        using var services = Compose(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Briefing"] = "Host=127.0.0.1;Port=1;Username=briefing;Password=hunter2;Timeout=2",
        });

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IChatHistoryStore>());

        Assert.Contains("ConnectionStrings:Briefing", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
