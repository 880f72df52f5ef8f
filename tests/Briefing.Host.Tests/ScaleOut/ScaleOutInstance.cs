using Briefing.Core.Search.LuceneIndex;

namespace Briefing.Host.Tests.ScaleOut;

/// <summary>One bot instance of a scale-out test: its own data folder (the Lucene replica) on the shared database.</summary>
public sealed class ScaleOutInstance(string root, string name, string connectionString)
{
    public string DataDir { get; } = Path.Combine(root, name);

    public string IndexDir => Path.Combine(DataDir, "index");

    /// <summary>The environment of a host process of this instance (Postgres mode, fast replica polling, no start-up sources).</summary>
    public Dictionary<string, string?> Environment(string emptySources) => new()
    {
        ["Storage__Provider"] = "Postgres",
        ["ConnectionStrings__Briefing"] = connectionString,
        ["Storage__ReplicaPollSeconds"] = "1",
        ["Briefing__DataDir"] = DataDir,
        ["Briefing__Sources__0"] = emptySources,
    };

    /// <summary>The article-store change this instance's index last committed (read from the index files, as a new reader would).</summary>
    public long CommittedSequence()
    {
        if (!Directory.Exists(IndexDir)) return 0;
        using var index = new LuceneNewsIndex(IndexDir);
        return index.CommittedSequence;
    }

    /// <summary>Waits (bounded) until the replica has committed <paramref name="sequence"/>.</summary>
    public async Task WaitForReplicaAsync(long sequence, TimeSpan within, Func<string> diagnostics)
    {
        var deadline = DateTime.UtcNow + within;
        while (CommittedSequence() < sequence)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{DataDir} never reached change {sequence}; stderr: {diagnostics()}");
            await Task.Delay(50);
        }
    }
}
