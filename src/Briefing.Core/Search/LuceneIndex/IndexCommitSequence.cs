using System.Globalization;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// The article store's change sequence a Lucene commit reflects, kept in the commit's user data: written in the same
/// atomic commit as the documents, so after a crash the index knows exactly which store changes it still lacks.
/// </summary>
internal static class IndexCommitSequence
{
    private const string Key = "briefing.storeSequence";

    public static long Read(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory)) return 0;
        var commits = DirectoryReader.ListCommits(directory);
        var latest = commits[commits.Count - 1];
        return latest.UserData.TryGetValue(Key, out var value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : 0;
    }

    public static void Stamp(IndexWriter writer, long sequence) =>
        writer.SetCommitData(new Dictionary<string, string> { [Key] = sequence.ToString(CultureInfo.InvariantCulture) });
}
