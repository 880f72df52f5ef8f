using System.Globalization;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// The article store's change sequence a Lucene commit reflects, kept in the commit's user data: written in the same
/// atomic commit as the documents, so after a crash the index knows exactly which store changes it still lacks.
/// Beside it, the version of the text analysis that wrote the documents: an index written by an older analysis
/// (before German verb forms' infinitives were indexed) is rebuilt from the store instead of mixing two analyses.
/// </summary>
internal static class IndexCommitSequence
{
    private const string Key = "briefing.storeSequence";
    private const string AnalysisKey = "briefing.analysis";

    /// <summary>
    /// Raise when indexed terms change for the same text (2: German verb forms' infinitives; 3: a score or time
    /// inside a sentence, "(3:0)", no longer cuts a separated particle from its verb; 4: a strong preterite's plural,
    /// "trafen", "kamen", leads to its infinitive as the singular did; 5: an -er noun's genitive, "Herstellers", is
    /// stemmed as its nominative).
    /// </summary>
    public const int CurrentAnalysis = 5;

    public static long Read(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory)) return 0;
        return LatestUserData(directory).TryGetValue(Key, out var value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : 0;
    }

    /// <summary>
    /// The latest commit's user data. Read through <see cref="SegmentInfos.Read(LuceneDirectory)"/>, which retries when a
    /// commit of the writer's thread replaces the segments file it is reading: listing the commits and then opening the
    /// newest failed with "segments_2 not found" while a rebuild committed on, and the replica logged it as damage.
    /// </summary>
    private static IDictionary<string, string> LatestUserData(LuceneDirectory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData;
    }

    /// <summary>The analysis version of the latest commit: 1 for commits from before versions were recorded, the current one for no index.</summary>
    public static int ReadAnalysis(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory)) return CurrentAnalysis;
        return LatestUserData(directory).TryGetValue(AnalysisKey, out var value)
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : 1;
    }

    public static void Stamp(IndexWriter writer, long sequence) =>
        writer.SetCommitData(new Dictionary<string, string>
        {
            [Key] = sequence.ToString(CultureInfo.InvariantCulture),
            [AnalysisKey] = CurrentAnalysis.ToString(CultureInfo.InvariantCulture),
        });
}
