using System.Text.Json;
using Briefing.Host.Tests.Support;

namespace Briefing.Host.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class IngestAndAskCliTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task Ingest_json_reports_counts_and_a_second_run_reports_everything_unchanged()
    {
        var news = _workspace.WriteNews();
        var first = await CliRun.RunAsync("ingest", news, "--json", "--data", _workspace.DataDir);
        var second = await CliRun.RunAsync("ingest", news, "--json", "--data", _workspace.DataDir);

        Assert.Equal(0, first.ExitCode);
        using var firstJson = JsonDocument.Parse(first.Out);
        Assert.Equal(2, firstJson.RootElement.GetProperty("added").GetInt32());
        using var secondJson = JsonDocument.Parse(second.Out);
        Assert.Equal(0, secondJson.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(2, secondJson.RootElement.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Ingest_with_a_rejected_input_exits_2_and_names_the_reason()
    {
        var empty = _workspace.Write("empty.txt", "");
        var run = await CliRun.RunAsync("ingest", empty, "--data", _workspace.DataDir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rejected: " + empty, run.Out);
    }

    [Fact]
    public async Task Ask_json_follows_the_contract()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        var run = await CliRun.RunAsync("ask", "When will the comet pass closest to the Sun?", "--json", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(
            ["question", "language", "abstained", "answer", "citations", "generator", "elapsedMs"],
            root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.False(root.GetProperty("abstained").GetBoolean());
        Assert.Equal("extractive", root.GetProperty("generator").GetString());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(
            ["n", "articleId", "title", "source", "url", "published", "passageId", "quote"],
            citation.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("news/comet", citation.GetProperty("articleId").GetString());
        Assert.Contains("[1]", root.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Ask_text_prints_the_answer_then_numbered_sources()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        var run = await CliRun.RunAsync("ask", "Wie viel kostete der neue Hafen in Kiel?", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("240 Millionen Euro", run.Out);
        Assert.Contains("Quellen:", run.Out);
        Assert.Contains("[1] Neuer Hafen in Kiel eröffnet", run.Out);
    }

    [Fact]
    public async Task An_unanswerable_question_is_an_honest_abstention_and_a_success()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        var run = await CliRun.RunAsync("ask", "Wer gewann die Fußball-WM 2014?", "--json", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("abstained").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task An_abstention_over_a_missing_year_lists_the_closest_articles_as_related()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        var run = await CliRun.RunAsync("ask", "Wie viel kostete der neue Hafen in Kiel im Jahr 2019?", "--json", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.True(root.GetProperty("abstained").GetBoolean());
        Assert.Equal(0, root.GetProperty("citations").GetArrayLength());
        Assert.StartsWith("Zu 2019 finde ich", root.GetProperty("answer").GetString());
        var related = root.GetProperty("related")[0];
        Assert.Equal(["articleId", "title", "published"], related.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("news/hafen", related.GetProperty("articleId").GetString());
    }

    [Fact]
    public async Task Ask_questions_file_prints_one_json_line_per_question_and_reports_bad_lines()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        var questions = _workspace.Write("questions.jsonl", """
            {"question": "When will the comet pass closest to the Sun?"}
            {"question": broken
            Wie viel kostete der neue Hafen in Kiel?
            """);
        var run = await CliRun.RunAsync("ask", "--questions", questions, "--json", "--data", _workspace.DataDir);

        Assert.Equal(2, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => JsonDocument.Parse(line).Dispose());
        Assert.Contains("questions.jsonl:2", run.Error);
    }

    [Theory]
    [InlineData("ask", "")]
    [InlineData("ask", "   ")]
    [InlineData("frobnicate")]
    [InlineData("ask")]
    public async Task Bad_usage_exits_2_with_a_message(params string[] args)
    {
        var run = await CliRun.RunAsync([.. args, "--data", _workspace.DataDir]);
        Assert.Equal(2, run.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(run.Error));
    }

    [Fact]
    public async Task An_unusable_data_folder_fails_with_a_message_naming_the_setting()
    {
        var file = _workspace.Write("occupied", "a file where the data folder should be");
        var run = await CliRun.RunAsync("ask", "Who?", "--data", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Briefing:DataDir", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task Invalid_configuration_fails_at_start_naming_the_key()
    {
        Environment.SetEnvironmentVariable("Briefing__TopPassages", "0");
        try
        {
            var run = await CliRun.RunAsync("ask", "Who?", "--data", _workspace.DataDir);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Briefing:TopPassages", run.Error);
            Assert.DoesNotContain("Unhandled exception", run.Error);
            Assert.DoesNotContain("   at ", run.Error); // a message, not a stack trace
        }
        finally
        {
            Environment.SetEnvironmentVariable("Briefing__TopPassages", null);
        }
    }

    public void Dispose() => _workspace.Dispose();
}
