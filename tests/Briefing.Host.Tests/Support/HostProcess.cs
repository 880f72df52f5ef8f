using System.Diagnostics;
using System.Text;

namespace Briefing.Host.Tests.Support;

/// <summary>
/// The built host started as its own operating-system process: for what only processes show (locks between two
/// programs, kill -9, what reaches stderr at the default log level).
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();

    private HostProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_out) _out.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_error) _error.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Out { get { lock (_out) return _out.ToString(); } }

    public string Error { get { lock (_error) return _error.ToString(); } }

    /// <summary>
    /// The host's own build output (same configuration as this test): this test's folder carries the ASP.NET Core
    /// shared framework for the fake servers, so the host's dependencies are not copied here.
    /// </summary>
    public static string Program()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testOutput.Parent!.Name;
        var repository = testOutput.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(repository, "src", "Briefing.Host", "bin", configuration, testOutput.Name, "Briefing.Host.dll");
    }

    public static HostProcess Start(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Program(), .. args])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        // Only what the test sets: no Llm__/Telegram__ settings leak in from the machine or other tests.
        foreach (var name in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal)).ToList()) start.Environment.Remove(name);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>()) start.Environment[name] = value;
        return new HostProcess(Process.Start(start)!);
    }

    /// <summary>Runs to the end (bounded) and returns what it printed.</summary>
    public static async Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var host = Start(workingDirectory, environment, args);
        var exitCode = await host.WaitForExitAsync(TimeSpan.FromMinutes(6));
        return new CliRun(exitCode, host.Out, host.Error);
    }

    public async Task<int> WaitForExitAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The host did not exit within {within}; stderr: {Error}");
        }
        _process.WaitForExit(); // flushes the redirected streams
        return _process.ExitCode;
    }

    /// <summary>Waits (bounded) until stderr contains <paramref name="text"/>.</summary>
    public async Task WaitForErrorAsync(string text, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!Error.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline || _process.HasExited && !Error.Contains(text, StringComparison.Ordinal))
                throw new TimeoutException($"stderr never showed '{text}'; stderr: {Error}");
            await Task.Delay(50);
        }
    }

    /// <summary>Types <paramref name="question"/> into the console chat and waits (bounded) until stdout shows <paramref name="expected"/>.</summary>
    public async Task AskAsync(string question, string expected, TimeSpan within)
    {
        var before = Out.Length;
        await _process.StandardInput.WriteLineAsync(question);
        await _process.StandardInput.FlushAsync();
        var deadline = DateTime.UtcNow + within;
        while (!Out[before..].Contains(expected, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline || _process.HasExited)
                throw new TimeoutException($"No '{expected}' after asking '{question}'; stdout: {Out[before..]}; stderr: {Error}");
            await Task.Delay(50);
        }
    }

    /// <summary>Ends the console chat's input (the chat ends, the host stops).</summary>
    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>SIGKILL: no clean-up code of the host runs (kill -9).</summary>
    public void KillHard()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
