using Briefing.Core.Ingestion;
using Spectre.Console;

namespace Briefing.Host.Cli;

/// <summary>Progress on stderr: a live bar on a terminal, a line every few hundred inputs when redirected.</summary>
internal static class IngestProgressDisplay
{
    private const int LineEvery = 500;

    public static async Task<IngestReport> RunAsync(CliConsole console, Func<IProgress<IngestProgress>, Task<IngestReport>> ingest)
    {
        var interactive = ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected;
        if (!interactive)
        {
            return await ingest(new SynchronousProgress(p =>
            {
                if (p.Articles > 0 && p.Articles % LineEvery == 0) console.Error.WriteLine($"{p.Articles} articles read, {p.InputsDone}/{p.InputsTotal} inputs done");
            }));
        }
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestReport? report = null;
        await terminal.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("Ingesting");
            report = await ingest(new SynchronousProgress(p =>
            {
                task.MaxValue = Math.Max(1, p.InputsTotal);
                task.Value = p.InputsDone;
                task.Description = $"Ingesting ({p.Articles} articles)";
            }));
            task.StopTask();
        });
        return report!;
    }

    /// <summary>Reports on the calling thread: <see cref="Progress{T}"/> would post late updates after the run ended.</summary>
    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
