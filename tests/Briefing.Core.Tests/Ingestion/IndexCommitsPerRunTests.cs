using System.Text;
using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Briefing.Core.Tests.Ingestion;

/// <summary>
/// How often a long ingest run commits the index. Each commit flushes a new Lucene segment, and the index's merge policy
/// merges them again once a tier holds four; the store is the system of record either way (issue 13).
/// </summary>
public sealed class IndexCommitsPerRunTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_run_of_2100_articles_commits_the_index_twice_not_once_per_500()
    {
        var lines = new StringBuilder();
        // Short texts (under the near-duplicate detector's 12 shingles) with distinct numbers: every one is added.
        for (var i = 0; i < 2_100; i++)
            lines.Append($$"""{"id": "a{{i}}", "title": "Report {{i}}", "language": "en", "text": "The harbour counted {{i}} ships on Monday."}""").Append('\n');
        var path = _folder.Write("many.jsonl", lines.ToString());
        using var engine = new EngineFixture(_folder);

        var report = await engine.IngestAsync(path);

        Assert.Equal(2_100, report.Added);
        Assert.Equal(2_100, engine.Index.ArticleCount);
        // One commit after 2,000 written articles and the run's final one (segments_2); at 500 there were six.
        using var directory = FSDirectory.Open(((LuceneNewsIndex)engine.Index).IndexPath);
        Assert.Equal(2, DirectoryReader.ListCommits(directory).Single().Generation);
    }

    public void Dispose() => _folder.Dispose();
}
