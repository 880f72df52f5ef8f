using Briefing.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Briefing.Host.Tests.Chat;

/// <summary>A data folder whose state.db was written before versioned migrations opens, answers and keeps its rows.</summary>
[Collection(CliCollection.Name)]
public sealed class LegacyDataFolderChatTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task Chat_on_a_pre_migration_data_folder_shows_the_old_answer_sources_and_answers_new_questions()
    {
        var ingest = await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        Assert.Equal(0, ingest.ExitCode);
        ReplaceStateDbWithLegacy();

        var chat = await CliRun.RunWithInputAsync(
            "/sources\nWie viel kostete der neue Hafen in Kiel?\n/quit\n", "chat", "--data", _workspace.DataDir);

        Assert.Equal(0, chat.ExitCode);
        Assert.Contains("The comet will pass closest to the Sun in March.", chat.Out);
        Assert.Contains("240 Millionen Euro", chat.Out);
        using var connection = Open();
        using var versions = connection.CreateCommand();
        versions.CommandText = "SELECT COUNT(*) FROM SchemaVersions";
        Assert.True(Convert.ToInt32(versions.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    private void ReplaceStateDbWithLegacy()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(_workspace.DataDir, "state.db*")) File.Delete(file);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "State", "Fixtures", "state-db-before-migrations.sql")) +
            "UPDATE bot_answers SET conversation = 'console';";
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_workspace.DataDir, "state.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    public void Dispose() => _workspace.Dispose();
}
