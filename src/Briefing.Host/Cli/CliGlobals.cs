using System.CommandLine;

namespace Briefing.Host.Cli;

/// <summary>Options every verb understands.</summary>
internal static class CliGlobals
{
    public static readonly Option<string?> DataDir = new("--data")
    {
        Description = "Folder for the index and state (overrides Briefing:DataDir).",
        Recursive = true,
    };

    /// <summary>Configuration overrides taken from the parsed global options (the last configuration layer).</summary>
    public static IReadOnlyDictionary<string, string?> ConfigOverrides(ParseResult parseResult)
    {
        var overrides = new Dictionary<string, string?>();
        if (parseResult.GetValue(DataDir) is { Length: > 0 } dataDir) overrides["Briefing:DataDir"] = dataDir;
        return overrides;
    }
}
