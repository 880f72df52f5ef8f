using System.Diagnostics;
using System.Text;
using Briefing.Host.Tests.Support;
using Briefing.Telegram.Tests.Support;

namespace Briefing.Host.Tests.Chat;

/// <summary>The built host, started as its own process with a bot token, serving the fake Bot API end to end.</summary>
public sealed class TelegramRunTests : IAsyncLifetime
{
    private const long User = 501;
    private const long Staff = 42;
    private readonly CliWorkspace _workspace = new();
    private FakeBotApiServer _api = null!;
    private Process _host = null!;
    private readonly StringBuilder _stderr = new();

    public async Task InitializeAsync()
    {
        _api = await FakeBotApiServer.StartAsync();
        var start = new ProcessStartInfo("dotnet", [HostProgram(), "run"])
        {
            WorkingDirectory = _workspace.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["Telegram__BotToken"] = FakeBotApiServer.Token;
        start.Environment["Telegram__ApiBaseUrl"] = _api.BaseUrl;
        start.Environment["Telegram__PollTimeoutSeconds"] = "1";
        start.Environment["Telegram__StaffUserIds__0"] = Staff.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Briefing__DataDir"] = _workspace.DataDir;
        start.Environment["Briefing__Sources__0"] = _workspace.WriteNews();
        _host = Process.Start(start)!;
        _host.ErrorDataReceived += (_, e) => { lock (_stderr) _stderr.AppendLine(e.Data); };
        _host.BeginErrorReadLine();
    }

    /// <summary>
    /// The host's own build output (same configuration as this test): this test's folder carries the ASP.NET Core
    /// shared framework for the fake server, so the host's dependencies are not copied here.
    /// </summary>
    private static string HostProgram()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testOutput.Parent!.Name;
        var repository = testOutput.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(repository, "src", "Briefing.Host", "bin", configuration, testOutput.Name, "Briefing.Host.dll");
    }

    [Fact]
    public async Task Run_with_a_token_answers_with_citations_shows_sources_ingests_staff_documents_and_stops_on_sigterm()
    {
        Assert.True(File.Exists(HostProgram()), HostProgram());
        _api.AddUpdate(FakeUpdates.Text(User, User, "When will the comet pass closest to the Sun?"));
        IReadOnlyList<SentMessage> first;
        try
        {
            first = await _api.WaitForMessagesAsync(User, 1, timeoutSeconds: 120);
        }
        catch (TimeoutException ex)
        {
            lock (_stderr) throw new TimeoutException($"{ex.Message}; host stderr: {_stderr}", ex);
        }
        var answer = Assert.Single(first);
        Assert.Contains("[1]", answer.Text);
        Assert.Contains("Astronomers spot bright comet over Chile", answer.Text);

        _api.AddUpdate(FakeUpdates.Button(User, User, answer.Buttons.Single().Data));
        var sources = (await _api.WaitForMessagesAsync(User, 2))[1];
        Assert.Contains("<blockquote expandable>", sources.Html);
        Assert.Contains("in March", sources.Text);

        var document = Encoding.UTF8.GetBytes("Lighthouse reopens in Kiel\nThe old lighthouse in Kiel reopened on Sunday after repairs.\n");
        _api.AddFile("doc-9", document);
        _api.AddUpdate(FakeUpdates.Document(Staff, Staff, "doc-9", "lighthouse.txt", document.Length));
        Assert.StartsWith("Ingested: 1 added", Assert.Single(await _api.WaitForMessagesAsync(Staff, 1)).Text);

        using var terminate = Process.Start("kill", ["-TERM", _host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await terminate.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _host.WaitForExitAsync(timeout.Token);

        Assert.True(_host.ExitCode == 0, $"exit code {_host.ExitCode}; stderr: {_stderr}");
        Assert.Empty(_api.Rejections);
        Assert.DoesNotContain(FakeBotApiServer.Token, _stderr.ToString());
    }

    public async Task DisposeAsync()
    {
        if (!_host.HasExited) _host.Kill(entireProcessTree: true);
        _host.Dispose();
        await _api.DisposeAsync();
        _workspace.Dispose();
    }
}
