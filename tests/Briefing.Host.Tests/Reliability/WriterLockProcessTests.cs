using System.Text;
using System.Text.Json;
using Briefing.Core.State;
using Briefing.Core.Storage;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Host.Tests.Support;

namespace Briefing.Host.Tests.Reliability;

/// <summary>One writer per data folder, between real processes of the built program.</summary>
public sealed class WriterLockProcessTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();
    private const int BigBatch = 8000;

    [Fact]
    public async Task A_second_ingest_waits_for_the_first_and_both_batches_are_kept()
    {
        // The first batch must still be writing when the second process has started (about a second of .NET start-up):
        // since the index has its own thread (ae2238d) 1,500 articles were done before that on a quiet machine, and the
        // second ingest found the folder free. 8,000 take several seconds even there.
        var big = WriteJsonLines("big.jsonl", "big", BigBatch);
        var small = WriteJsonLines("small.jsonl", "small", 25);
        using var first = HostProcess.Start(_workspace.Root, null, "ingest", big, "--data", _workspace.DataDir);
        await WaitUntilWritingAsync(first);

        var second = await HostProcess.RunAsync(_workspace.Root, new Dictionary<string, string?> { ["Briefing__WriterWaitSeconds"] = "600" },
            "ingest", small, "--data", _workspace.DataDir);
        var firstExit = await first.WaitForExitAsync(TimeSpan.FromMinutes(5));

        Assert.True(firstExit == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("Waiting for another ingest", second.Error);
        Assert.Contains("Added 25,", second.Out);
        Assert.Contains($"Added {BigBatch},", first.Out);
        Assert.Equal(BigBatch + 25, StoredArticles());
        using var index = new LuceneNewsIndex(Path.Combine(_workspace.DataDir, "index"));
        Assert.Equal(BigBatch + 25, index.ArticleCount);
    }

    [Fact]
    public async Task A_second_ingest_gives_up_after_the_configured_wait_with_a_clear_message_and_changes_nothing()
    {
        var small = WriteJsonLines("small.jsonl", "small", 3);
        Directory.CreateDirectory(_workspace.DataDir);
        // This test process plays the other writer: the same exclusive OS lock a running ingest holds.
        using (await DataFolderLock.AcquireAsync(_workspace.DataDir, TimeSpan.Zero, null, TimeProvider.System, CancellationToken.None))
        {
            var blocked = await HostProcess.RunAsync(_workspace.Root, new Dictionary<string, string?> { ["Briefing__WriterWaitSeconds"] = "1" },
                "ingest", small, "--data", _workspace.DataDir);

            Assert.Equal(1, blocked.ExitCode);
            Assert.Contains("Waiting for another ingest", blocked.Error);
            Assert.Contains("Another ingest is still writing to the data folder", blocked.Error);
            Assert.Contains("Briefing:WriterWaitSeconds", blocked.Error);
            Assert.DoesNotContain("   at ", blocked.Error);
        }

        var after = await HostProcess.RunAsync(_workspace.Root, null, "ingest", small, "--data", _workspace.DataDir);
        Assert.True(after.ExitCode == 0, after.Error);
        Assert.Contains("Added 3,", after.Out);
    }

    private async Task WaitUntilWritingAsync(HostProcess writer)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!DataFolderLock.IsHeld(_workspace.DataDir))
        {
            if (writer.HasExited || DateTime.UtcNow > deadline) throw new TimeoutException($"The first ingest never held the lock; stderr: {writer.Error}");
            await Task.Delay(20);
        }
    }

    private int StoredArticles() => new SqliteArticleStore(new StateDatabase(Path.Combine(_workspace.DataDir, "state.db"))).Count;

    private string WriteJsonLines(string name, string prefix, int count)
    {
        var lines = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            lines.AppendLine(JsonSerializer.Serialize(new
            {
                id = $"{prefix}/{i}",
                title = $"Report {prefix} {i} on harbour number {i * 7 + 3}",
                text = $"The harbour office {prefix} {i} counted {i * 13 + 5} ships on day {i}. Officials in district {i % 97} expect {i % 11 + 2} more berths by spring {2030 + i % 9}.",
            }));
        }
        return _workspace.Write(name, lines.ToString());
    }

    public void Dispose() => _workspace.Dispose();
}
