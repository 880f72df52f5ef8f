using Briefing.Host.Cli;

namespace Briefing.Host.Tests.Support;

/// <summary>Runs the real command line in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args) => await RunWithInputAsync(string.Empty, args);

    public static async Task<CliRun> RunWithInputAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await BriefingCli.RunAsync(args, output, error, new StringReader(stdin));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
