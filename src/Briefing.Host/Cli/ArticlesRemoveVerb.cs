using System.CommandLine;
using Briefing.Core.Curation;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Cli;

/// <summary>
/// <c>articles remove ID... | --source S | --before DATE [--yes]</c>: takes articles out of the index and everything
/// that quotes them. Lists what will go and asks on a terminal; without a terminal it needs <c>--yes</c>.
/// </summary>
internal static class ArticlesRemoveVerb
{
    public static Command Create(CliConsole console)
    {
        var ids = new Argument<string[]>("ids") { Description = "Ids of the articles to remove (see 'articles list').", Arity = ArgumentArity.ZeroOrMore };
        var source = new Option<string?>("--source") { Description = "Remove every article of this source." };
        var before = new Option<string?>("--before") { Description = "Remove articles published (or, when unknown, ingested) before this day or time (UTC)." };
        var yes = new Option<bool>("--yes") { Description = "Do not ask for confirmation." };
        var command = new Command("remove", "Remove articles from the index, the state and stored answers.") { ids, source, before, yes };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var idList = (parseResult.GetValue(ids) ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
            var sourceName = parseResult.GetValue(source);
            var beforeText = parseResult.GetValue(before);
            if (idList.Count > 0 == (sourceName is not null || beforeText is not null))
                return ArticlesVerb.Usage(console, "Give either article ids or --source / --before.");
            if (sourceName is not null && sourceName.Trim().Length == 0) return ArticlesVerb.Usage(console, "--source is empty.");
            string? error = null;
            var cutoff = beforeText is null ? null : CliDates.Start("--before", beforeText, out error);
            if (error is not null) return ArticlesVerb.Usage(console, error);

            using var host = CliHost.Build(parseResult);
            var catalog = host.Services.GetRequiredService<ArticleCatalog>();
            var notFound = idList.Where(id => catalog.Find(id) is null).ToList();
            foreach (var id in notFound) console.Error.WriteLine(ArticlesVerb.NotFound(id));
            var targets = idList.Count > 0
                ? idList.Except(notFound).Select(catalog.Find).OfType<ArticleSummary>().DistinctBy(a => a.Id).ToList()
                : catalog.List(new ArticleFilter { Source = sourceName, Until = cutoff });
            var failed = notFound.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
            if (targets.Count == 0)
            {
                console.Error.WriteLine("Nothing to remove.");
                return failed;
            }
            if (!parseResult.GetValue(yes) && Confirm(console, targets) is { } refused) return refused;

            var report = await host.Services.GetRequiredService<ArticleRemover>().RemoveAsync(
                targets.Select(a => a.Id).ToList(), "staff (command line)", cancellationToken);
            console.Out.WriteLine($"Removed {ArticlesVerb.Count(report.Removed.Count)}.");
            foreach (var article in report.Removed) console.Out.WriteLine($"  removed: {article.Id}\t{article.Title}");
            return failed;
        });
        return command;
    }

    /// <summary>Null when the user agreed; else the exit code (a refusal without a terminal is bad usage).</summary>
    private static int? Confirm(CliConsole console, IReadOnlyList<ArticleSummary> targets)
    {
        if (!console.InputIsTerminal)
        {
            console.Error.WriteLine($"Not removing {ArticlesVerb.Count(targets.Count)}: stdin is not a terminal, so nobody can confirm. Add --yes to remove them.");
            return ExitCodes.BadInput;
        }
        foreach (var article in targets.Take(20)) console.Error.WriteLine($"  {article.Id}\t{article.Title}");
        if (targets.Count > 20) console.Error.WriteLine($"  ... and {targets.Count - 20} more");
        console.Error.Write($"Remove {(targets.Count == 1 ? "this article" : $"these {targets.Count} articles")}? [y/N] ");
        var answer = console.In.ReadLine()?.Trim().ToLowerInvariant();
        if (answer is "y" or "yes" or "j" or "ja") return null;
        console.Error.WriteLine("Nothing removed.");
        return ExitCodes.Failure;
    }
}
