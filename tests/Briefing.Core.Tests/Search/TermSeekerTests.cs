using Briefing.Core.Search.LuceneIndex;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// <see cref="TermSeeker"/> keeps its per-segment enumerators between look-ups: whatever it sought before, in
/// whatever order, each answer must equal Lucene's fresh look-up.
/// </summary>
public sealed class TermSeekerTests
{
    private static readonly string[][] Segments =
    [
        ["ferry harbour island", "comet march northern"],
        ["ferry strike operator", "wages operator trains"],
        ["comet bright astronomers", "island harbour ferry ferry"],
    ];

    [Fact]
    public void Frequencies_and_term_states_equal_lucenes_own_look_ups_in_any_order()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
                   { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES }))
        {
            foreach (var segment in Segments)
            {
                foreach (var text in segment) writer.AddDocument(new Document { new TextField("body", text, Field.Store.NO) });
                writer.Commit();
            }
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(3, reader.Leaves.Count);
        var seeker = new TermSeeker(reader.Context);
        // Back and forth through the terms dictionary, absent terms between present ones, one term twice, a field no segment has.
        (string Field, string Text)[] lookUps =
        [
            ("body", "trains"), ("body", "astronomers"), ("body", "zebra"), ("body", "ferry"), ("body", "aaa"),
            ("body", "operator"), ("body", "ferry"), ("body", "ferr"), ("body", "ferryman"), ("title", "ferry"), ("body", "wages"),
        ];

        foreach (var (field, text) in lookUps)
        {
            var term = new Term(field, text);
            Assert.Equal(reader.DocFreq(term), seeker.DocumentFrequency(field, new BytesRef(text)));
            var expected = TermContext.Build(reader.Context, term);
            var actual = seeker.Context(term);
            Assert.Equal(expected.DocFreq, actual.DocFreq);
            Assert.Equal(expected.TotalTermFreq, actual.TotalTermFreq);
            for (var leaf = 0; leaf < reader.Leaves.Count; leaf++) Assert.Equal(expected.Get(leaf) is null, actual.Get(leaf) is null);
        }
        Assert.Equal(3, seeker.DocumentFrequency("body", new BytesRef("ferry")));
    }
}
