namespace Briefing.Host.Cli;

/// <summary>The streams a CLI run talks to; tests pass their own.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader In)
{
    /// <summary>Whether a person can answer a question on stdin (the process's own console input, not redirected).</summary>
    public bool InputIsTerminal => ReferenceEquals(In, Console.In) && !Console.IsInputRedirected;
}
