namespace Briefing.Core.Tests.Architecture;

/// <summary>
/// The layer order of Briefing.Core as docs/ARCHITECTURE.md writes it — the one source: the architecture test
/// checks the code against the document, so the two cannot drift apart.
/// </summary>
internal static class DocumentedLayers
{
    public const string Marker = "Layers, bottom to top:";

    /// <summary>The folders on the line starting with <see cref="Marker"/>, separated by arrows, bottom first.</summary>
    public static IReadOnlyList<string> Parse(string markdown)
    {
        var line = markdown.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No line starting with '{Marker}' in the architecture document.");
        var folders = line[Marker.Length..].Split('→').Select(f => f.Trim().Trim('`', '.')).ToList();
        if (folders.Any(string.IsNullOrEmpty) || folders.Distinct().Count() != folders.Count)
            throw new InvalidOperationException($"The layer line must name each folder once: {line}");
        return folders;
    }
}
