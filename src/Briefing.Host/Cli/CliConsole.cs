namespace Briefing.Host.Cli;

/// <summary>The streams a CLI run talks to; tests pass their own.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader In);
