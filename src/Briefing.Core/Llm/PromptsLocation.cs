namespace Briefing.Core.Llm;

/// <summary>
/// Finds the prompts folder: an absolute path as given; a relative one under the working directory
/// (a developer's checkout), else next to the program (the copy the build places there).
/// </summary>
public static class PromptsLocation
{
    public static string Resolve(string configured)
    {
        var value = string.IsNullOrWhiteSpace(configured) ? "prompts" : configured;
        if (Path.IsPathRooted(value)) return Path.GetFullPath(value);
        var underWorkingDirectory = Path.GetFullPath(value, Environment.CurrentDirectory);
        if (Directory.Exists(underWorkingDirectory)) return underWorkingDirectory;
        var besideProgram = Path.GetFullPath(value, AppContext.BaseDirectory);
        return Directory.Exists(besideProgram) ? besideProgram : underWorkingDirectory;
    }
}
