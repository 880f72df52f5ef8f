using System.Text;
using System.Text.Json;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Storage;
using Briefing.Host.Tests.Support;

namespace Briefing.Host.Tests.Reliability;

/// <summary>
/// kill -9 during an ingest, then what an operator does next, with the built program: ingest X (articles
/// <c>x/i</c>) is killed at a random point; ingest Y (the same texts lightly edited, ids <c>y/i</c>: near-duplicates)
/// runs to the end; X is run again. Right is: every duplicate Y reports points at an article the index has (no
/// phantom), and in the end each text is indexed exactly once, under x/i or y/i.
/// </summary>
internal sealed class CrashScenario(CliWorkspace workspace, int articles, int seed)
{
    private readonly Random _random = new(seed);

    public sealed record Outcome(int PhantomDuplicates, int TextsMissing, int TextsTwice, int Indexed);

    public async Task<Outcome> RunAsync()
    {
        var dataDir = Path.Combine(workspace.Root, $"data-{seed}");
        var texts = Enumerable.Range(0, articles).Select(Text).ToList();
        var x = workspace.Write($"x-{seed}.jsonl", JsonLines("x", texts, edited: false));
        var y = workspace.Write($"y-{seed}.jsonl", JsonLines("y", texts, edited: true));

        using (var killed = HostProcess.Start(workspace.Root, null, "ingest", x, "--data", dataDir))
        {
            // A random point while it writes (it holds the data folder's lock from its first write to its last).
            await WaitUntilWritingAsync(killed, dataDir);
            await Task.Delay(_random.Next(0, 40 * articles / 10));
            killed.KillHard();
        }
        var second = await HostProcess.RunAsync(workspace.Root, null, "ingest", y, "--json", "--data", dataDir);
        if (second.ExitCode is not (0 or 2)) throw new InvalidOperationException($"ingest of Y failed: {second.Error}");
        var duplicateOf = JsonDocument.Parse(second.Out).RootElement.GetProperty("duplicateDetails").EnumerateArray()
            .Select(d => d.GetProperty("duplicateOf").GetString()!).ToList();
        int phantoms;
        using (var index = new LuceneNewsIndex(Path.Combine(dataDir, "index")))
            phantoms = duplicateOf.Count(id => index.GetArticle(id) is null);

        var third = await HostProcess.RunAsync(workspace.Root, null, "ingest", x, "--data", dataDir);
        if (third.ExitCode is not (0 or 2)) throw new InvalidOperationException($"re-run of X failed: {third.Error}");
        using var final = new LuceneNewsIndex(Path.Combine(dataDir, "index"));
        var copies = Enumerable.Range(0, articles)
            .Select(i => (final.GetArticle($"x/{i}") is null ? 0 : 1) + (final.GetArticle($"y/{i}") is null ? 0 : 1)).ToList();
        return new Outcome(phantoms, copies.Count(c => c == 0), copies.Count(c => c > 1), final.ArticleCount);
    }

    private static async Task WaitUntilWritingAsync(HostProcess writer, string dataDir)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!DataFolderLock.IsHeld(dataDir) && !writer.HasExited)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The ingest never started writing; stderr: {writer.Error}");
            await Task.Delay(10);
        }
    }

    /// <summary>About 60 words from a large vocabulary: no two texts are near-duplicates of each other.</summary>
    private string Text(int i) =>
        string.Join(' ', Enumerable.Range(0, 60).Select(_ => $"w{_random.Next(100_000)}")) + ".";

    private static string JsonLines(string prefix, IReadOnlyList<string> texts, bool edited)
    {
        var lines = new StringBuilder();
        for (var i = 0; i < texts.Count; i++)
        {
            // The copy gets another headline and one more sentence: a near-duplicate (not the same hash).
            var text = edited ? texts[i] + " Reporting by the wire desk." : texts[i];
            lines.AppendLine(JsonSerializer.Serialize(new { id = $"{prefix}/{i}", title = $"{prefix} report {i}", text, language = "en" }));
        }
        return lines.ToString();
    }
}
