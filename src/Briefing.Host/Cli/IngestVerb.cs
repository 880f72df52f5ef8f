using System.CommandLine;
using System.Text.Json;
using Briefing.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Cli;

/// <summary><c>ingest PATH|URL... [--json]</c>: index articles and print what happened to them.</summary>
internal static class IngestVerb
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders, JSON Lines files or http(s) URLs.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the counts as JSON." };
        var command = new Command("ingest", "Index articles from files, folders or URLs.") { inputs, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.BuildForWriting(parseResult);
            var ingestion = host.Services.GetRequiredService<IngestionService>();
            var report = await IngestProgressDisplay.RunAsync(console,
                progress => ingestion.IngestAsync(parseResult.GetValue(inputs)!, progress, cancellationToken));
            if (parseResult.GetValue(json)) console.Out.WriteLine(JsonSerializer.Serialize(report, CliJson.Indented));
            else WriteText(console.Out, report);
            return report.HasRejections ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, IngestReport report)
    {
        output.WriteLine($"Added {report.Added}, updated {report.Updated}, unchanged {report.Unchanged}, duplicates {report.Duplicates}, skipped {report.Skipped}, rejected {report.Rejected.Count}.");
        foreach (var duplicate in report.DuplicateDetails)
            output.WriteLine($"  duplicate: {duplicate.Input} repeats {duplicate.DuplicateOf}{(duplicate.Exact ? "" : " (near-duplicate)")}");
        foreach (var rejection in report.Rejected)
            output.WriteLine($"  rejected: {rejection.Input}: {rejection.Reason}");
    }
}
