using System.Globalization;
using Briefing.Host.Tests.Support;

namespace Briefing.Host.Tests.Reliability;

/// <summary>
/// kill -9 at random points of real ingests (<see cref="CrashScenario"/>). The suite runs 3 × 300 articles;
/// <c>bench/crash.sh</c> runs the 20 × 1,000 through the same test (BRIEFING_CRASH_RUNS, BRIEFING_CRASH_ARTICLES).
/// </summary>
public sealed class CrashConsistencyProcessTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task After_kill_9_no_phantom_duplicates_and_every_text_indexed_exactly_once()
    {
        var runs = Setting("BRIEFING_CRASH_RUNS", 3);
        var articles = Setting("BRIEFING_CRASH_ARTICLES", 300);
        var failures = new List<string>();
        for (var run = 0; run < runs; run++)
        {
            var outcome = await new CrashScenario(_workspace, articles, seed: run + 1).RunAsync();
            Console.WriteLine($"crash run {run + 1}/{runs}: {outcome}");
            if (outcome is not { PhantomDuplicates: 0, TextsMissing: 0, TextsTwice: 0 } || outcome.Indexed != articles)
                failures.Add($"run {run + 1}: {outcome}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public void Dispose() => _workspace.Dispose();
}
