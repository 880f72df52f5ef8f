using System.CommandLine;
using System.Diagnostics;
using Briefing.Core.Ingestion;
using Briefing.Core.Search;
using Briefing.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Cli;

/// <summary>
/// <c>reindex [--data DIR]</c>: rebuilds the search index from the article store (state.db) — no network, feed
/// articles included. The way back from a damaged or deleted <c>index/</c> folder.
/// </summary>
internal static class ReindexVerb
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("reindex", "Rebuild the search index from the stored articles (no network).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.BuildForWriting(parseResult);
            var store = host.Services.GetRequiredService<IArticleStore>();
            var index = host.Services.GetRequiredService<INewsIndex>();
            var catchUp = host.Services.GetRequiredService<IndexCatchUp>();
            var writer = host.Services.GetRequiredService<DataFolderWriter>();
            console.Error.WriteLine($"Rebuilding the index from {store.Count} stored articles ...");
            var clock = Stopwatch.StartNew();
            await writer.RunAsync(() => Task.FromResult(catchUp.Rebuild()), cancellationToken, catchUpFirst: false);
            console.Out.WriteLine($"Reindexed {index.ArticleCount} articles ({index.PassageCount} passages) from {store.Count} stored articles in {clock.Elapsed.TotalSeconds:0.0} s.");
            return ExitCodes.Success;
        });
        return command;
    }
}
