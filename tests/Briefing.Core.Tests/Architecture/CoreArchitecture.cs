using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Architecture;

/// <summary>Briefing.Core as the architecture test sees it: its folder edges (IL and source) and the documented order.</summary>
internal static class CoreArchitecture
{
    public const string RootNamespace = "Briefing.Core";
    /// <summary><c>AddBriefingCore</c> lives in the root namespace: it is the composition entry, the top layer.</summary>
    public const string RootFolder = "Composition";

    public static string AssemblyPath => typeof(AnswerService).Assembly.Location;

    public static string SourceFolder => Path.Combine(RepoPaths.Root, "src", "Briefing.Core");

    public static IReadOnlyList<string> Layers { get; } =
        DocumentedLayers.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "ARCHITECTURE.md")));

    public static IReadOnlyList<FolderEdge> Edges { get; } =
    [
        .. AssemblyFolderDependencies.Read(AssemblyPath, RootNamespace, RootFolder),
        .. SourceFolderDependencies.Read(SourceFolder, RootNamespace, RootFolder),
    ];

    public static IReadOnlyList<string> SourceFolders =>
        Directory.GetDirectories(SourceFolder).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not ("bin" or "obj" or "Properties")).Order(StringComparer.Ordinal).ToList();
}
