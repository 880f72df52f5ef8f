namespace Briefing.Host.Cli;

/// <summary>The data folder cannot serve this verb; the message says why and what to do.</summary>
internal sealed class DataFolderProblemException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
