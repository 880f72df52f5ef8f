namespace Briefing.Core.Tests.Architecture;

internal static class Folders
{
    /// <summary>The folder a namespace belongs to under <paramref name="rootNamespace"/> (its first segment), or null outside it.</summary>
    public static string? Of(string @namespace, string rootNamespace, string rootFolder)
    {
        if (@namespace == rootNamespace) return rootFolder;
        if (!@namespace.StartsWith(rootNamespace + ".", StringComparison.Ordinal)) return null;
        var rest = @namespace[(rootNamespace.Length + 1)..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }
}
