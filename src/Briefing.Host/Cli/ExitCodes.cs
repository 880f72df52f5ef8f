namespace Briefing.Host.Cli;

/// <summary>The contract's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    /// <summary>Bad usage, or some inputs were rejected.</summary>
    public const int BadInput = 2;
}
