namespace Briefing.Core.Tests.Support;

/// <summary>Locates files of the repository (e.g. <c>samples/</c>) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string SeedArticle => Path.Combine(Samples, "000_747174b0822e9d45.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }
}
