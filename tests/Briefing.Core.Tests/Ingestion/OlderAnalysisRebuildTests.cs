using Briefing.Core.Ingestion;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Tests.Support;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Ingestion;

/// <summary>
/// An index written by an older version's text analysis (its commits record no analysis version: before German verb
/// forms' infinitives were indexed) is rebuilt from the article store when the data folder is next opened for
/// writing, so old and new articles are never indexed with two different analyses side by side.
/// </summary>
public sealed class OlderAnalysisRebuildTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_index_from_an_older_analysis_is_rebuilt_from_the_store()
    {
        _folder.Write("news/kiel.txt", TestArticles.HarbourGerman);
        _folder.Write("news/comet.txt", TestArticles.CometEnglish);
        string indexPath;
        using (var first = new EngineFixture(_folder))
        {
            await first.IngestAsync(_folder.Combine("news"));
            indexPath = ((LuceneNewsIndex)first.Index).IndexPath;
        }
        RecordOnlyTheSequence(indexPath);

        using var second = new EngineFixture(_folder);
        Assert.False(second.Index.AnalysisIsCurrent);
        var applied = second.Services.GetRequiredService<IndexCatchUp>().Run();

        Assert.Equal(2, applied); // both stored articles indexed again, not "nothing to catch up"
        Assert.True(second.Index.AnalysisIsCurrent);
        Assert.Equal(2, second.Index.ArticleCount);
        Assert.Equal(0, second.Services.GetRequiredService<IndexCatchUp>().Run());
    }

    /// <summary>Rewrites the last commit's user data the way versions before analysis versions wrote it.</summary>
    private static void RecordOnlyTheSequence(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        var commits = DirectoryReader.ListCommits(directory);
        var sequence = commits[commits.Count - 1].UserData["briefing.storeSequence"];
        var config = new IndexWriterConfig(LanguageAnalyzers.Version, new KeywordAnalyzer()) { OpenMode = OpenMode.APPEND };
        using var writer = new IndexWriter(directory, config);
        writer.SetCommitData(new Dictionary<string, string> { ["briefing.storeSequence"] = sequence });
        writer.Commit();
    }

    public void Dispose() => _folder.Dispose();
}
