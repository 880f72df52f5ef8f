using System.Text.RegularExpressions;

namespace Briefing.Core.Tests.Architecture;

/// <summary>
/// Folder → folder edges read from source: <c>using Root.X</c> directives and fully qualified <c>Root.X.</c> names
/// outside comments. It sees what IL cannot — an unused <c>using</c>, an inlined constant — so a backward
/// <c>using</c> fails the architecture test even before anything calls through it.
/// </summary>
internal static partial class SourceFolderDependencies
{
    /// <param name="sourceFolder">The project folder; its first-level folders are the folders (files at its top: <paramref name="rootFolder"/>).</param>
    public static IReadOnlyList<FolderEdge> Read(string sourceFolder, string rootNamespace, string rootFolder)
    {
        var reference = new Regex(@"\b" + Regex.Escape(rootNamespace) + @"\.([A-Z][A-Za-z0-9]*)\b");
        var edges = new Dictionary<(string, string), FolderEdge>();
        foreach (var file in Directory.EnumerateFiles(sourceFolder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceFolder, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts[0] is "bin" or "obj") continue;
            var from = parts.Length > 1 ? parts[0] : rootFolder;
            foreach (var line in File.ReadLines(file))
            {
                var code = line.TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal) || NamespaceLine().IsMatch(code)) continue;
                foreach (Match match in reference.Matches(code))
                {
                    var to = match.Groups[1].Value;
                    if (to != from) edges.TryAdd((from, to), new FolderEdge(from, to, $"{relative}: {code.Trim()}"));
                }
            }
        }
        return edges.Values.ToList();
    }

    [GeneratedRegex(@"^namespace\s")]
    private static partial Regex NamespaceLine();
}
