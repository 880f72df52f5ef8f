using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Briefing.Core.Curation;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Cli;

/// <summary>
/// <c>articles show ID [--json]</c>: an article's metadata, its text exactly as it was extracted and indexed, and the
/// passages (with their ids) that answers quote — so a bad extraction is visible before an answer quotes it.
/// </summary>
internal static class ArticlesShowVerb
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The article id (see 'articles list')." };
        var json = new Option<bool>("--json") { Description = "Print the article as JSON." };
        var command = new Command("show", "Show an indexed article: metadata, extracted text and passages.") { id, json };
        command.SetAction((parseResult, _) =>
        {
            var articleId = parseResult.GetValue(id)!.Trim();
            if (articleId.Length == 0) return Task.FromResult(ArticlesVerb.Usage(console, "The article id is empty."));
            using var host = CliHost.Build(parseResult);
            if (host.Services.GetRequiredService<ArticleCatalog>().Show(articleId) is not { } details)
                return Task.FromResult(ArticlesVerb.Usage(console, ArticlesVerb.NotFound(articleId)));
            if (parseResult.GetValue(json)) console.Out.WriteLine(JsonSerializer.Serialize(ToJson(details), CliJson.Indented));
            else WriteText(console.Out, details);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static object ToJson(ArticleDetails details) => new
    {
        details.Article.Id,
        details.Article.Title,
        details.Article.Source,
        details.Article.Url,
        details.Article.Published,
        details.Article.Ingested,
        details.Article.Language,
        details.Origin,
        details.Article.AlsoReportedBy,
        details.Text,
        Passages = details.Passages.Select(p => new { p.Id, p.Ordinal, p.Text }),
    };

    private static void WriteText(TextWriter output, ArticleDetails details)
    {
        var a = details.Article;
        output.WriteLine($"Id:        {a.Id}");
        output.WriteLine($"Title:     {a.Title}");
        if (a.Source is not null) output.WriteLine($"Source:    {a.Source}");
        if (a.Url is not null) output.WriteLine($"URL:       {a.Url}");
        output.WriteLine($"Published: {Time(a.Published)}");
        output.WriteLine($"Ingested:  {Time(a.Ingested)}");
        output.WriteLine($"Language:  {a.Language}");
        if (details.Origin is not null) output.WriteLine($"Origin:    {details.Origin}");
        if (a.AlsoReportedBy.Count > 0) output.WriteLine($"Also reported by: {string.Join(", ", a.AlsoReportedBy)}");
        output.WriteLine();
        output.WriteLine("----- text as indexed -----");
        output.WriteLine(details.Text);
        output.WriteLine();
        output.WriteLine($"----- {details.Passages.Count} passages -----");
        foreach (var passage in details.Passages)
        {
            output.WriteLine($"[{passage.Id}]");
            output.WriteLine(passage.Text);
            output.WriteLine();
        }
    }

    private static string Time(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "unknown";
}
