using System.CommandLine;
using System.Text.Json;
using Briefing.Core.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Cli;

/// <summary><c>eval CASES.jsonl [--json] [--top N]</c>: runs question cases through the <c>ask</c> pipeline and prints quality metrics.</summary>
internal static class EvalVerb
{
    private const int ProgressEvery = 200;

    public static Command Create(CliConsole console)
    {
        var casesFile = new Argument<FileInfo>("cases") { Description = "JSON Lines: {\"id\", \"question\", \"answers\", \"goldArticleId\" (null: should abstain)}." };
        var json = new Option<bool>("--json") { Description = "Print metrics and per-case results as JSON." };
        var top = new Option<int?>("--top") { Description = "How many passages to retrieve (default Briefing:TopPassages)." };
        var command = new Command("eval", "Run question cases and print retrieval and answer quality metrics.") { casesFile, json, top };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var file = parseResult.GetValue(casesFile)!;
            if (!file.Exists) return Usage(console, $"The cases file '{file.FullName}' does not exist.");
            if (parseResult.GetValue(top) is <= 0 or > 50) return Usage(console, "--top must be between 1 and 50.");
            var lines = EvalCaseReader.Read(file.FullName).ToList();
            foreach (var bad in lines.Where(l => l.Error is not null))
                console.Error.WriteLine($"{file.Name}:{bad.LineNumber}: {bad.Error}");
            var cases = lines.Select(l => l.Case).OfType<EvalCase>().ToList();
            if (cases.Count == 0) return Usage(console, $"'{file.Name}' holds no valid case.");

            using var host = CliHost.BuildForReading(parseResult);
            var runner = host.Services.GetRequiredService<EvaluationRunner>();
            var progress = new Action<int>(done =>
            {
                if (done % ProgressEvery == 0) console.Error.WriteLine($"evaluated {done}/{cases.Count} cases");
            });
            var report = await runner.RunAllAsync(cases, parseResult.GetValue(top), new SynchronousProgress(progress), cancellationToken);
            if (parseResult.GetValue(json)) console.Out.WriteLine(JsonSerializer.Serialize(report, CliJson.Indented));
            else EvalReportText.Write(console.Out, report);
            return cases.Count == lines.Count ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }

    private static int Usage(CliConsole console, string message)
    {
        console.Error.WriteLine(message);
        return ExitCodes.BadInput;
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
