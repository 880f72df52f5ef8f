using Briefing.Host.Tests.Support;
using Briefing.Storage.Postgres;
using Briefing.Storage.Tests.Support;

namespace Briefing.Host.Tests.ScaleOut;

/// <summary>Issue 13: each instance's Lucene index is a replica of the shared article table, between real processes.</summary>
[Collection(PostgresProcessCollection.Name)]
public sealed class ReplicaProcessTests(PostgresCluster cluster) : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task An_article_ingested_on_instance_a_is_answered_on_running_instance_b_which_rebuilds_a_deleted_index()
    {
        var database = cluster.CreateDatabase("replica");
        var a = new ScaleOutInstance(_workspace.Root, "a", database);
        var b = new ScaleOutInstance(_workspace.Root, "b", database);
        var noSources = Directory.CreateDirectory(Path.Combine(_workspace.Root, "no-sources")).FullName;
        using var instanceB = HostProcess.Start(_workspace.Root, b.Environment(noSources), "run");

        var ingest = await HostProcess.RunAsync(_workspace.Root, a.Environment(noSources), "ingest", _workspace.WriteNews());
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        Assert.Contains("Added 2,", ingest.Out);
        var stored = LastSequence(database);
        Assert.Equal(2, stored);

        // B never saw the files: it learns the articles from the database and answers from its own index.
        await b.WaitForReplicaAsync(stored, TimeSpan.FromMinutes(2), () => instanceB.Error);
        await instanceB.AskAsync("When will the comet pass closest to the Sun?", "Astronomers spot bright comet over Chile", TimeSpan.FromMinutes(1));

        // B's index folder goes while B runs: the replica notices the missing index and builds it again from the database.
        Directory.Delete(b.IndexDir, recursive: true);
        await b.WaitForReplicaAsync(stored, TimeSpan.FromMinutes(2), () => instanceB.Error);
        await instanceB.AskAsync("Wie viel kostete der neue Hafen in Kiel?", "240 Millionen Euro", TimeSpan.FromMinutes(1));

        instanceB.CloseInput();
        Assert.Equal(0, await instanceB.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        // The whole log on failure: a warning's cause (a database timeout, a file gone mid-read) says whose bug it is.
        Assert.False(instanceB.Error.Contains("could not catch up", StringComparison.Ordinal), instanceB.Error);
    }

    private static long LastSequence(string connectionString)
    {
        using var database = new PostgresDatabase(connectionString);
        return new PostgresArticleStore(database).LastSequence;
    }

    public void Dispose() => _workspace.Dispose();
}
