using System.Text.Json;
using Briefing.Core.Tests.Support;
using Briefing.Host.Tests.Support;

namespace Briefing.Host.Tests.Reliability;

/// <summary>
/// What a failing or slow model leaves on stderr of the real program at the default log level: no secret (the
/// 401 body echoes the Authorization header), one line per failure, no stack trace, and the extractive answer.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class ModelFailureLogTests : IDisposable
{
    private const string ApiKey = "sk-test-0123456789abcdefABCDEF";
    private const string Question = "When was the comet discovered?";
    private readonly CliWorkspace _workspace = new();
    private readonly FakeOpenAiServer _server = FakeOpenAiServer.Start();

    private Dictionary<string, string?> ModelEnvironment(string deadlineSeconds = "20") => new()
    {
        ["Llm__Provider"] = "OpenAI",
        ["Llm__Endpoint"] = _server.V1Url,
        ["Llm__Model"] = "fake-model",
        ["Llm__ApiKey"] = ApiKey,
        ["Llm__MaxRetries"] = "2",
        ["Llm__AnswerDeadlineSeconds"] = deadlineSeconds,
        ["Llm__PromptsDir"] = Path.Combine(AppContext.BaseDirectory, "prompts"),
    };

    [Fact]
    public async Task A_401_body_echoing_the_api_key_never_reaches_stderr()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        _server.Enqueue(FakeOpenAiServerReply.Unauthorized());

        var run = await HostProcess.RunAsync(_workspace.Root, ModelEnvironment(), "ask", Question, "--json", "--trace", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(ApiKey, Assert.Single(_server.Requests).Authorization); // the server did echo the key
        Assert.Equal("extractive", JsonDocument.Parse(run.Out).RootElement.GetProperty("generator").GetString());
        Assert.Contains("Incorrect API key provided", run.Error); // the upstream reason is kept ...
        Assert.DoesNotContain(ApiKey, run.Error);                  // ... without the key
        Assert.DoesNotContain(ApiKey[..12], run.Error);
        Assert.DoesNotContain(ApiKey, run.Out);
    }

    [Fact]
    public async Task A_model_slower_than_the_deadline_gets_the_extractive_answer_and_one_log_line()
    {
        await CliRun.RunAsync("ingest", _workspace.WriteNews(), "--data", _workspace.DataDir);
        _server.Enqueue(FakeOpenAiServerReply.NoReply(), FakeOpenAiServerReply.NoReply(), FakeOpenAiServerReply.NoReply());

        var run = await HostProcess.RunAsync(_workspace.Root, ModelEnvironment(deadlineSeconds: "3"), "ask", Question, "--json", "--data", _workspace.DataDir);

        Assert.Equal(0, run.ExitCode);
        var answer = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("extractive", answer.GetProperty("generator").GetString());
        Assert.NotEqual(0, answer.GetProperty("citations").GetArrayLength());
        Assert.True(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length == 1, run.Error);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("did not answer within 3 s (Llm:AnswerDeadlineSeconds)", line);
        // The per-attempt timeout (60 s) lies past the deadline: never retried (on a busy machine the deadline may even
        // pass before the request is sent).
        Assert.True(_server.Requests.Count <= 1, $"{_server.Requests.Count} requests");
    }

    public void Dispose()
    {
        _server.Dispose();
        _workspace.Dispose();
    }
}
