using System.Text;
using System.Text.Json;
using Briefing.Core.State;
using Briefing.Core.Storage;
using Briefing.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Briefing.Host.Tests.Reliability;

/// <summary>Bad data folders and bad input get one clear message and an exit code, never a raw SQLite or Lucene error.</summary>
[Collection(CliCollection.Name)]
public sealed class DataFolderMessagesCliTests : IDisposable
{
    private const string Question = "When was the comet discovered?";
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task A_read_verb_on_a_missing_data_folder_names_ingest_and_creates_nothing()
    {
        var missing = Path.Combine(_workspace.Root, "nope", "y");

        var run = await CliRun.RunAsync("ask", Question, "--data", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no data folder", run.Error);
        Assert.Contains("ingest PATH --data", run.Error);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task Data_pointing_at_a_file_is_bad_usage_with_a_message()
    {
        var file = _workspace.Write("not-a-folder.txt", "x");

        var ingest = await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", file);
        var ask = await CliRun.RunAsync("ask", Question, "--data", file);

        Assert.Equal(2, ingest.ExitCode);
        Assert.Contains("is a file, not a folder", ingest.Error);
        Assert.NotEqual(0, ask.ExitCode);
        Assert.Contains("is a file, not a folder", ask.Error);
    }

    [Fact]
    public async Task A_malformed_bot_token_does_not_stop_ask()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        var saved = Environment.GetEnvironmentVariable("Telegram__BotToken");
        Environment.SetEnvironmentVariable("Telegram__BotToken", "not a token");
        try
        {
            var run = await CliRun.RunAsync("ask", Question, "--data", _workspace.DataDir);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("[1]", run.Out);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Telegram__BotToken", saved);
        }
    }

    [Fact]
    public async Task A_deleted_index_says_so_and_reindex_brings_every_article_back()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        Directory.Delete(Path.Combine(_workspace.DataDir, "index"), recursive: true);

        var blind = await CliRun.RunAsync("ask", Question, "--data", _workspace.DataDir);
        var reindex = await CliRun.RunAsync("reindex", "--data", _workspace.DataDir);
        var answered = await CliRun.RunAsync("ask", Question, "--json", "--data", _workspace.DataDir);

        Assert.Equal(1, blind.ExitCode);
        Assert.Contains("empty or missing", blind.Error);
        Assert.Contains("reindex --data", blind.Error);
        Assert.Equal(0, reindex.ExitCode);
        Assert.Contains("Reindexed 2 articles", reindex.Out);
        Assert.Equal(0, answered.ExitCode);
        Assert.Equal("news/comet", JsonDocument.Parse(answered.Out).RootElement.GetProperty("citations")[0].GetProperty("articleId").GetString());
    }

    [Fact]
    public async Task A_garbled_index_file_gets_one_message_naming_reindex_which_repairs_it()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        var index = Path.Combine(_workspace.DataDir, "index");
        foreach (var file in Directory.GetFiles(index).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)))
            File.WriteAllBytes(file, Encoding.ASCII.GetBytes(new string('x', 64)));

        var broken = await CliRun.RunAsync("ask", Question, "--data", _workspace.DataDir);
        var reindex = await CliRun.RunAsync("reindex", "--data", _workspace.DataDir);
        var answered = await CliRun.RunAsync("ask", Question, "--data", _workspace.DataDir);

        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("cannot be read", broken.Error);
        Assert.Contains("reindex --data", broken.Error);
        Assert.Single(broken.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(reindex.ExitCode == 0, reindex.Error);
        Assert.Contains("[1]", answered.Out);
    }

    [Fact]
    public async Task A_damaged_state_db_names_the_file_and_the_recovery_step()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        var stateDb = Path.Combine(_workspace.DataDir, "state.db");
        SqliteConnection.ClearAllPools(); // as a new process would: no pooled connection still holds the file
        foreach (var sidecar in new[] { "-wal", "-shm" }) File.Delete(stateDb + sidecar);
        using (var file = new FileStream(stateDb, FileMode.Open, FileAccess.Write))
            file.Write(Encoding.ASCII.GetBytes(new string('#', 100)));

        var run = await CliRun.RunAsync("ask", Question, "--data", _workspace.DataDir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"'{stateDb}' is damaged", run.Error);
        Assert.Contains(".recover", run.Error);
    }

    [Fact]
    public async Task An_over_long_question_says_it_was_shortened()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        var question = Question + " " + string.Join(' ', Enumerable.Repeat("comet", 400));

        var run = await CliRun.RunAsync("ask", question, "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("shortened", run.Error);
        Assert.Contains("Briefing:MaxQuestionChars", run.Error);
    }

    [Fact]
    public async Task Newlines_and_bidi_controls_in_file_names_never_reach_article_ids()
    {
        var folder = Path.Combine(_workspace.Root, "odd");
        _workspace.Write(Path.Combine("odd", "evil\nname\u202Etxt.md"), "Harbour reopens\nThe harbour in Kiel reopened on Monday after two years of repairs.\n");

        var run = await CliRun.RunAsync("ingest", folder, "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        var ids = new SqliteArticleStore(new StateDatabase(Path.Combine(_workspace.DataDir, "state.db"))).ChangesAfter(0, 10).Select(c => c.ArticleId).ToList();
        Assert.Equal(["odd/evil nametxt"], ids);
    }

    public void Dispose() => _workspace.Dispose();
}
