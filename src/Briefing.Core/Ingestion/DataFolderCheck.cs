using Briefing.Core.Search;
using Briefing.Core.Storage;

namespace Briefing.Core.Ingestion;

/// <summary>
/// What a verb checks about the data folder before it touches it, so that a wrong path or a damaged file gets one
/// message that says what to do, never a raw SQLite or Lucene error (README, "Recovering").
/// </summary>
public static class DataFolderCheck
{
    /// <summary>Before anything is opened: a path that is a file, or (for reading) no folder at all.</summary>
    public static string? PathProblem(string dataDir, bool forReading)
    {
        if (File.Exists(dataDir))
            return $"The data folder '{dataDir}' is a file, not a folder: --data (Briefing:DataDir) must name a folder.";
        if (forReading && !Directory.Exists(dataDir))
            return $"There is no data folder at '{dataDir}', so nothing is indexed there yet. Index articles first: ingest PATH --data '{dataDir}'.";
        return Directory.Exists(dataDir) ? WriteProblem(dataDir) : null;
    }

    /// <summary>After opening: a search index that is empty or missing while the store holds articles.</summary>
    public static string? IndexProblem(string dataDir, INewsIndex index, IArticleStore store)
    {
        if (index.ArticleCount > 0) return null;
        var stored = store.Count;
        return stored == 0
            ? null
            : $"The search index in '{Path.Combine(dataDir, "index")}' is empty or missing, but the article store holds {stored} articles. " +
              $"Rebuild the index: reindex --data '{dataDir}' (README, \"Recovering\").";
    }

    /// <summary>SQLite needs to write its journal even to read, and writers take a lock file: the folder must be writable.</summary>
    private static string? WriteProblem(string dataDir)
    {
        var probe = Path.Combine(dataDir, $".write-probe-{Environment.ProcessId}");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return $"The data folder '{dataDir}' is not writable ({ex.Message}). Briefing writes there even to answer " +
                   "(the database journal, lock files): give this user write access, or copy the folder and use --data.";
        }
    }
}
