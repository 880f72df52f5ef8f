namespace Briefing.Host.Tests.Support;

/// <summary>CLI tests share process-wide state (environment variables, Console): run them one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliCollection
{
    public const string Name = "cli";
}
