namespace Briefing.Core.Articles;

/// <summary>
/// Lists the files below a folder without following a symbolic-link cycle: every folder is entered once by its real
/// path (a link to a folder already visited, e.g. <c>self -&gt; .</c> or <c>sub/up -&gt; ..</c>, is skipped) and every file
/// is counted once however many links reach it. Depth and file count are bounded; hitting a bound is reported.
/// Hidden entries (a name starting with '.') are not entered.
/// </summary>
internal sealed class FolderWalker(int maxDepth, int maxFiles)
{
    public (List<string> Files, List<string> Problems) Walk(string folder)
    {
        var files = new List<string>();
        var problems = new List<string>();
        var visitedFolders = new HashSet<string>(StringComparer.Ordinal);
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var root = new DirectoryInfo(Path.GetFullPath(folder));
        var pending = new Stack<(DirectoryInfo Folder, string RealPath, int Depth)>();
        pending.Push((root, RealPath(root), 0));
        var tooDeep = false;
        while (pending.Count > 0)
        {
            var (current, realPath, depth) = pending.Pop();
            if (!visitedFolders.Add(realPath)) continue; // reached again through a link: already listed
            foreach (var entry in Entries(current))
            {
                if (entry.Name.StartsWith('.')) continue;
                var entryRealPath = entry.LinkTarget is null ? Path.Combine(realPath, entry.Name) : RealPath(entry);
                if (entry is DirectoryInfo subfolder)
                {
                    if (depth + 1 > maxDepth) tooDeep = true;
                    else if (!visitedFolders.Contains(entryRealPath)) pending.Push((subfolder, entryRealPath, depth + 1));
                }
                else if (seenFiles.Add(entryRealPath))
                {
                    if (files.Count >= maxFiles)
                    {
                        problems.Add($"more than {maxFiles:N0} files; the rest was not read (Briefing:MaxFolderFiles)");
                        return (files, problems);
                    }
                    files.Add(entry.FullName);
                }
            }
        }
        if (tooDeep) problems.Add($"folders nested deeper than {maxDepth} levels were not read (Briefing:MaxFolderDepth)");
        return (files, problems);
    }

    private static IEnumerable<FileSystemInfo> Entries(DirectoryInfo folder)
    {
        try
        {
            return folder.EnumerateFileSystemInfos("*", new EnumerationOptions
            {
                RecurseSubdirectories = false,
                IgnoreInaccessible = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            }).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // an unreadable or vanished folder has nothing to list
        }
    }

    /// <summary>Where a link finally points (a broken link points at itself); a plain entry is its own full path.</summary>
    private static string RealPath(FileSystemInfo entry)
    {
        try
        {
            return entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName.TrimEnd(Path.DirectorySeparatorChar) ?? entry.FullName.TrimEnd(Path.DirectorySeparatorChar);
        }
        catch (IOException)
        {
            return entry.FullName;
        }
    }
}
