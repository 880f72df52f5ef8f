using System.Text;
using Briefing.Core.Llm;
using Microsoft.SemanticKernel;

namespace Briefing.Web.Lab;

/// <summary>
/// The prompt files under <c>Llm:PromptsDir</c> for the lab's editor. A save is checked first — the function
/// directory with the new file must load as Semantic Kernel loads it (template syntax, config.json) — then written
/// atomically; <see cref="PromptLibrary"/> sees the change on the next answer (hot reload).
/// </summary>
internal sealed class PromptFiles(PromptLibrary library)
{
    public static readonly string[] EditableFiles = ["skprompt.txt", "config.json"];
    private const int MaxFileChars = 200_000;

    public string Directory => library.PluginDirectory;

    public IReadOnlyList<PromptFile> List()
    {
        if (!System.IO.Directory.Exists(Directory)) return [];
        return System.IO.Directory.EnumerateDirectories(Directory).Order(StringComparer.Ordinal)
            .SelectMany(folder => EditableFiles
                .Where(file => File.Exists(Path.Combine(folder, file)))
                .Select(file => new PromptFile(Path.GetFileName(folder), file, File.ReadAllText(Path.Combine(folder, file)))))
            .ToList();
    }

    /// <summary>Writes the file when it loads; returns the reason when it does not (nothing is written then).</summary>
    public async Task<string?> SaveAsync(string function, string file, string? content, CancellationToken cancellationToken)
    {
        if (!EditableFiles.Contains(file, StringComparer.Ordinal)) return $"Only {string.Join(" and ", EditableFiles)} can be edited.";
        var folder = ExistingFunctionFolder(function);
        if (folder is null) return $"There is no prompt function '{function}' in {Directory}.";
        if (content is null) return "The file content is missing.";
        if (content.Length > MaxFileChars) return $"The file is {content.Length:N0} characters long; at most {MaxFileChars:N0} are accepted.";
        if (Check(folder, file, content) is { } problem) return problem;

        var target = Path.Combine(folder, file);
        var temporary = target + ".lab-saving";
        await File.WriteAllTextAsync(temporary, content, new UTF8Encoding(false), cancellationToken);
        File.Move(temporary, target, overwrite: true);
        return null;
    }

    /// <summary>Only the names the directory listing shows: no path of the caller's choosing is ever opened.</summary>
    private string? ExistingFunctionFolder(string function) =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateDirectories(Directory).FirstOrDefault(d => Path.GetFileName(d) == function)
            : null;

    private static string? Check(string folder, string file, string content)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "briefing-lab-prompt-" + Guid.NewGuid().ToString("N"));
        var copy = Path.Combine(scratch, Path.GetFileName(folder));
        try
        {
            System.IO.Directory.CreateDirectory(copy);
            foreach (var existing in EditableFiles.Where(f => File.Exists(Path.Combine(folder, f))))
                File.Copy(Path.Combine(folder, existing), Path.Combine(copy, existing));
            File.WriteAllText(Path.Combine(copy, file), content);
            var plugin = new Kernel().CreatePluginFromPromptDirectory(scratch, PromptNames.Plugin);
            return plugin.FunctionCount == 0 ? $"The prompt does not load: {file} is not usable." : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"The prompt does not load, so it was not saved: {ex.Message}";
        }
        finally
        {
            try { System.IO.Directory.Delete(scratch, recursive: true); } catch (IOException) { /* temp clean-up is best effort */ }
        }
    }
}
