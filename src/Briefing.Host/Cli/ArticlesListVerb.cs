using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Briefing.Core.Curation;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Cli;

/// <summary>
/// <c>articles list [--source S] [--since DATE] [--until DATE] [--language de|en] [--json]</c>: the indexed articles,
/// newest first, one a line (tab-separated) or as a JSON array.
/// </summary>
internal static class ArticlesListVerb
{
    public static Command Create(CliConsole console)
    {
        var source = new Option<string?>("--source") { Description = "Only articles of this source (case does not matter)." };
        var since = new Option<string?>("--since") { Description = "Published (or, when unknown, ingested) on or after this day or time (UTC)." };
        var until = new Option<string?>("--until") { Description = "Published (or ingested) up to the end of this day, or before this time (UTC)." };
        var language = new Option<string?>("--language") { Description = "Only articles in this language (de, en)." };
        var json = new Option<bool>("--json") { Description = "Print a JSON array." };
        var command = new Command("list", "List the indexed articles, newest first.") { source, since, until, language, json };
        command.SetAction((parseResult, _) =>
        {
            string? error = null;
            var from = parseResult.GetValue(since) is { } sinceText ? CliDates.Start("--since", sinceText, out error) : null;
            if (error is not null) return Task.FromResult(ArticlesVerb.Usage(console, error));
            var to = parseResult.GetValue(until) is { } untilText ? CliDates.End("--until", untilText, out error) : null;
            if (error is not null) return Task.FromResult(ArticlesVerb.Usage(console, error));
            if (from >= to) return Task.FromResult(ArticlesVerb.Usage(console, "--since must be before --until."));
            var code = parseResult.GetValue(language)?.Trim().ToLowerInvariant();
            if (code is not null && (code.Length != 2 || !code.All(char.IsAsciiLetterLower)))
                return Task.FromResult(ArticlesVerb.Usage(console, $"--language must be a two-letter language code such as de or en, not '{code}'."));

            using var host = CliHost.Build(parseResult);
            var filter = new ArticleFilter { Source = parseResult.GetValue(source), Since = from, Until = to, Language = code };
            var articles = host.Services.GetRequiredService<ArticleCatalog>().List(filter);
            if (parseResult.GetValue(json)) console.Out.WriteLine(JsonSerializer.Serialize(articles, CliJson.Indented));
            else WriteText(console.Out, articles);
            console.Error.WriteLine(articles.Count == 0 ? "No articles match." : $"{ArticlesVerb.Count(articles.Count)}.");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void WriteText(TextWriter output, IReadOnlyList<ArticleSummary> articles)
    {
        if (articles.Count == 0) return;
        output.WriteLine("id\tpublished\tlanguage\tpassages\tsource\ttitle\talso reported by");
        foreach (var a in articles)
        {
            output.WriteLine(string.Join('\t',
                OneLine(a.Id), a.Published?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-", a.Language,
                a.Passages.ToString(CultureInfo.InvariantCulture), OneLine(a.Source ?? "-"), OneLine(a.Title), OneLine(string.Join(", ", a.AlsoReportedBy))));
        }
    }

    /// <summary>Tabs and line breaks inside a field would break the columns.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
