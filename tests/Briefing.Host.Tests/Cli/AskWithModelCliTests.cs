using System.Text.Json;
using Briefing.Core.Tests.Support;
using Briefing.Host.Tests.Support;

namespace Briefing.Host.Tests.Cli;

/// <summary>
/// <c>ask</c> with <c>Llm__Provider=OpenAI</c> pointing at a fake OpenAI-compatible server: the model's verified
/// answer, <c>--trace</c>, <c>--prompts DIR</c>, and the extractive fallback when the model is down.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class AskWithModelCliTests : IDisposable
{
    private const string Question = "When was the comet discovered?";
    private readonly CliWorkspace _workspace = new();
    private readonly FakeOpenAiServer _server = FakeOpenAiServer.Start();
    private readonly Dictionary<string, string?> _savedEnvironment = [];

    public AskWithModelCliTests()
    {
        SetEnvironment("Llm__Provider", "OpenAI");
        SetEnvironment("Llm__Endpoint", _server.V1Url);
        SetEnvironment("Llm__Model", "fake-model");
        SetEnvironment("Llm__ApiKey", "test-key");
        SetEnvironment("Llm__MaxRetries", "0");
        SetEnvironment("Llm__PromptsDir", Path.Combine(AppContext.BaseDirectory, "prompts"));
    }

    [Fact]
    public async Task Ask_json_returns_the_models_verified_answer()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        _server.Enqueue(FakeOpenAiServerReply.Text(
            "Astronomers in Chile discovered a bright comet on Tuesday night [1]. It is 40 kilometres wide [1]."));

        var run = await CliRun.RunAsync("ask", Question, "--json", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("fake-model", root.GetProperty("generator").GetString());
        Assert.Equal("Astronomers in Chile discovered a bright comet on Tuesday night [1].", root.GetProperty("answer").GetString());
        var citation = Assert.Single(root.GetProperty("citations").EnumerateArray());
        Assert.Equal("news/comet", citation.GetProperty("articleId").GetString());
        Assert.Equal("Astronomers at the Paranal observatory in Chile discovered a bright comet on Tuesday night.", citation.GetProperty("quote").GetString());
    }

    [Fact]
    public async Task Ask_trace_prints_prompt_raw_output_and_removals_to_stderr()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        _server.Enqueue(FakeOpenAiServerReply.Text("A bright comet was discovered on Tuesday night [1]. It is 40 kilometres wide [1]."));

        var run = await CliRun.RunAsync("ask", Question, "--trace", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("A bright comet was discovered on Tuesday night [1].", run.Out);
        Assert.DoesNotContain("rendered prompt", run.Out);
        Assert.Contains("----- trace: " + Question, run.Error);
        Assert.Contains("=== PASSAGE [1] ===", run.Error);
        Assert.Contains("raw model output (fake-model):", run.Error);
        Assert.Contains("unsupported: number 40", run.Error);
        Assert.Contains("final answer (fake-model):", run.Error);
    }

    [Fact]
    public async Task Ask_prompts_dir_overrides_the_prompts_for_one_run()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        var custom = Path.Combine(_workspace.Root, "my-prompts");
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "prompts"), custom);
        var answerPrompt = Path.Combine(custom, "Briefing", "Answer", "skprompt.txt");
        File.WriteAllText(answerPrompt, File.ReadAllText(answerPrompt).Replace("You are Briefing, a news assistant.", "You are the CUSTOM prompt."));
        _server.Enqueue(FakeOpenAiServerReply.Text("A bright comet was discovered on Tuesday night [1]."));

        var run = await CliRun.RunAsync("ask", Question, "--prompts", custom, "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("You are the CUSTOM prompt.", Assert.Single(_server.Requests).AllText);
    }

    [Fact]
    public async Task Chat_follow_up_is_condensed_by_the_model_then_answered()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        _server.Enqueue(
            FakeOpenAiServerReply.Text("Astronomers in Chile discovered a bright comet on Tuesday night [1]."),
            FakeOpenAiServerReply.Text("When will the comet pass closest to the Sun?"),
            FakeOpenAiServerReply.Text("The comet will pass closest to the Sun in March [1]."));

        var run = await CliRun.RunWithInputAsync($"{Question}\nAnd when is it closest to the Sun?\n", "chat", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("The comet will pass closest to the Sun in March [1].", run.Out);
        var requests = _server.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Contains("Last message: And when is it closest to the Sun?", requests[1].AllText);
        Assert.Contains("User: " + Question, requests[1].AllText);
        Assert.Contains("Question: When will the comet pass closest to the Sun?", requests[2].AllText);
    }

    [Fact]
    public async Task Ask_prompts_dir_that_does_not_exist_is_bad_usage()
    {
        var run = await CliRun.RunAsync("ask", Question, "--prompts", Path.Combine(_workspace.Root, "nope"), "--data", _workspace.DataDir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    [Fact]
    public async Task Model_down_still_answers_extractively()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        _server.Enqueue(FakeOpenAiServerReply.Error(500));

        var run = await CliRun.RunAsync("ask", Question, "--json", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("extractive", json.RootElement.GetProperty("generator").GetString());
        Assert.NotEqual(0, json.RootElement.GetProperty("citations").GetArrayLength());
    }

    [Fact]
    public async Task Provider_without_a_model_fails_naming_the_key()
    {
        SetEnvironment("Llm__Model", null);

        var run = await CliRun.RunAsync("ask", Question, "--data", _workspace.DataDir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Llm:Model is required when Llm:Provider is OpenAI", run.Error);
    }

    private void SetEnvironment(string name, string? value)
    {
        if (!_savedEnvironment.ContainsKey(name)) _savedEnvironment[name] = Environment.GetEnvironmentVariable(name);
        Environment.SetEnvironmentVariable(name, value);
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    public void Dispose()
    {
        foreach (var (name, value) in _savedEnvironment) Environment.SetEnvironmentVariable(name, value);
        _server.Dispose();
        _workspace.Dispose();
    }
}
