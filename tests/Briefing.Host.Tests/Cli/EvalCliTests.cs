using System.Text.Json;
using Briefing.Host.Tests.Support;

namespace Briefing.Host.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class EvalCliTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    private async Task<string> IngestAndWriteLabelledCasesAsync()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        return _workspace.Write("cases.jsonl", """
            {"id": "c1", "question": "When will the comet pass closest to the Sun?", "answers": ["March"], "goldArticleId": "news/comet", "kind": "when", "language": "en", "articleLanguage": "en", "unanswerableKind": null}
            {"id": "c2", "question": "Wie viel hat der neue Hafen in Kiel gekostet?", "answers": ["240 Millionen Euro"], "goldArticleId": "news/hafen", "kind": "howmuch", "language": "de", "articleLanguage": "de", "unanswerableKind": null}
            {"id": "c3", "question": "Wer hat die Fußball-WM 2014 gewonnen?", "answers": [], "goldArticleId": null, "kind": "who", "language": "de", "articleLanguage": null, "unanswerableKind": "topic"}
            {"id": "c4", "question": "When will the comet pass closest to the Sun?", "answers": ["March"], "goldArticleId": "news/comet"}
            """);
    }

    [Fact]
    public async Task Eval_json_adds_groups_from_the_case_labels_and_keeps_the_existing_keys()
    {
        var cases = await IngestAndWriteLabelledCasesAsync();
        var run = await CliRun.RunAsync("eval", cases, "--json", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var metrics = json.RootElement.GetProperty("metrics");
        Assert.Equal(["overall", "byLanguage", "groups"], metrics.EnumerateObject().Select(p => p.Name).ToArray());
        var groups = metrics.GetProperty("groups");
        Assert.Equal(["crossing:same-language", "kind:howmuch", "kind:when", "kind:who", "pair:de-de", "pair:en-en", "unanswerable:topic"],
            groups.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(2, groups.GetProperty("crossing:same-language").GetProperty("cases").GetInt32());
        Assert.Equal(1.0, groups.GetProperty("kind:when").GetProperty("answerHit").GetDouble());
        Assert.Equal(4, metrics.GetProperty("overall").GetProperty("cases").GetInt32());
        var first = json.RootElement.GetProperty("results")[0];
        Assert.Equal("when", first.GetProperty("labels").GetProperty("kind").GetString());
        Assert.False(json.RootElement.GetProperty("results")[3].TryGetProperty("labels", out _));
    }

    [Fact]
    public async Task Eval_text_prints_one_row_per_group_after_the_language_table()
    {
        var cases = await IngestAndWriteLabelledCasesAsync();
        var run = await CliRun.RunAsync("eval", cases, "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.TrimEntries);
        var header = Array.FindIndex(lines, l => l.StartsWith("group ", StringComparison.Ordinal));
        Assert.True(header > Array.FindIndex(lines, l => l.StartsWith("answer hit", StringComparison.Ordinal)), run.Out);
        Assert.Contains("abst R", lines[header]);
        Assert.StartsWith("crossing:same-language", lines[header + 1]);
        Assert.Contains(lines, l => l.StartsWith("unanswerable:topic", StringComparison.Ordinal) && l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] == "1");
    }

    public void Dispose() => _workspace.Dispose();
}
