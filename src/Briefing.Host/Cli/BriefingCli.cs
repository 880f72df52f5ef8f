using System.CommandLine;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Cli;

/// <summary>Builds the command line: one file per verb, each adding itself to the root command.</summary>
internal static class BriefingCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, TextReader? stdin = null)
    {
        var console = new CliConsole(stdout ?? Console.Out, stderr ?? Console.Error, stdin ?? Console.In);
        var root = new RootCommand("Briefing: grounded news answers and digests with citations.");
        root.Options.Add(CliGlobals.DataDir);
        foreach (var verb in Verbs(console)) root.Subcommands.Add(verb);
        RunVerb.ConfigureAsDefault(root, console);

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors) console.Error.WriteLine(error.Message);
            console.Error.WriteLine("Run with --help for usage.");
            return ExitCodes.BadInput;
        }
        try
        {
            return await parseResult.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (OptionsValidationException ex)
        {
            // Invalid configuration: the message names the key.
            console.Error.WriteLine($"Configuration error: {string.Join(" ", ex.Failures)}");
            return ExitCodes.Failure;
        }
        catch (DataFolderProblemException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("Cancelled.");
            return ExitCodes.Failure;
        }
        catch (Exception ex)
        {
            // A one-line reason for the user (e.g. an unusable data folder); the details stay out of their way.
            console.Error.WriteLine($"Error: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private static IEnumerable<Command> Verbs(CliConsole console) =>
    [
        IngestVerb.Create(console),
        ReindexVerb.Create(console),
        AskVerb.Create(console),
        EvalVerb.Create(console),
        DigestVerb.Create(console),
        RunVerb.Create(console),
        ChatVerb.Create(console),
        ArticlesVerb.Create(console),
        LabVerb.Create(console),
    ];
}
