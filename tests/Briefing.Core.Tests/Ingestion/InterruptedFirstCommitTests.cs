using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Ingestion;

/// <summary>
/// kill -9 while an ingest wrote the index's first commit leaves a cut-off <c>segments_1</c> and no other commit (a
/// run shorter than the commit interval commits once, at its end). The index never held a commit, so the next run
/// builds it from the article store, the system of record, instead of refusing to start until someone runs reindex.
/// </summary>
public sealed class InterruptedFirstCommitTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_next_ingest_builds_the_index_from_the_store_after_a_cut_off_first_commit()
    {
        var first = _folder.Write("first.jsonl",
            """{"id": "a1", "title": "Ferry resumes", "language": "en", "text": "The ferry to Nordhafen resumed service on Monday after the storm."}""" + "\n");
        string indexPath;
        using (var engine = new EngineFixture(_folder))
        {
            Assert.Equal(1, (await engine.IngestAsync(first)).Added);
            indexPath = ((LuceneNewsIndex)engine.Index).IndexPath;
        }
        var commit = Path.Combine(indexPath, "segments_1");
        var bytes = File.ReadAllBytes(commit);
        File.WriteAllBytes(commit, bytes[..(bytes.Length / 2)]);

        var second = _folder.Write("second.jsonl",
            """{"id": "b1", "title": "Harbour reopens", "language": "en", "text": "Südholm harbour reopened to cargo ships on Tuesday after repairs."}""" + "\n");
        using (var engine = new EngineFixture(_folder))
        {
            Assert.Equal(1, (await engine.IngestAsync(second)).Added);
            Assert.Equal(2, engine.Index.ArticleCount);
            Assert.NotNull(engine.Index.GetArticle("a1"));
        }
    }

    public void Dispose() => _folder.Dispose();
}
