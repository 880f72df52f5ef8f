using Briefing.Core.Search.LuceneIndex;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// A title analysed once and replayed on each passage (<see cref="AnalysedTokens"/>) must index exactly what the
/// analyser indexes when it reads the title itself: the same terms at the same positions, the same frequencies and the
/// same norms (BM25's field length), so rankings and their ties do not move.
/// </summary>
public sealed class AnalysedTokensTests
{
    // German verb forms (infinitives added at the form's position), stop words (positions skipped, also at the end),
    // umlauts, a separated particle closing the text, a score; English stop words and stems.
    private static readonly (string Language, string Text)[] Titles =
    [
        ("de", "Die Regierung schlug am Montag eine neue Steuer vor"),
        ("de", "Bayern gewann 3:0 gegen Köln, Müller traf zweimal und die"),
        ("de", "Ärzte fordern höhere Löhne – Streik angekündigt"),
        ("en", "The council was voting on the new harbour's budget in the"),
        ("en", "U.S. stocks fell; investors are worried"),
        ("de", ""),
    ];

    [Fact]
    public void A_title_analysed_once_and_replayed_on_each_passage_indexes_what_the_analyser_indexes()
    {
        using var analyzers = new LanguageAnalyzers();
        using var analysed = Index(analyzers, (field, text) => () => new TextField(field, text, Field.Store.NO));
        // Analysed once per title, replayed on each of its three documents, as for an article's passages.
        using var replayed = Index(analyzers, (field, text) =>
        {
            var tokens = AnalysedTokens.Of(analyzers.PerField, field, text);
            return () => new TextField(field, tokens.Replay());
        });

        foreach (var field in new[] { LuceneFields.TitleText("de"), LuceneFields.TitleText("en") })
        {
            var expected = Postings(analysed, field);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Postings(replayed, field));
            Assert.Equal(Norms(analysed, field), Norms(replayed, field));
        }
        // The verb filter's infinitive is there, at the particle's position, in every copy.
        Assert.Equal(3, Postings(replayed, LuceneFields.TitleText("de")).Count(p => p.Term == "vorschlag"));
    }

    /// <summary>Each title in three documents (an article's passages); <paramref name="titleField"/> makes the field maker for one title.</summary>
    private static RAMDirectory Index(LanguageAnalyzers analyzers, Func<string, string, Func<Field>> titleField)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LanguageAnalyzers.Version, analyzers.PerField)
        {
            Similarity = new BM25Similarity(),
        });
        foreach (var (language, text) in Titles)
        {
            var makeField = titleField(LuceneFields.TitleText(language), text);
            for (var copy = 0; copy < 3; copy++) writer.AddDocument(new Document { makeField() });
        }
        writer.Commit();
        return directory;
    }

    private static List<(string Term, int Doc, int Freq, string Positions)> Postings(Lucene.Net.Store.Directory directory, string field)
    {
        using var reader = DirectoryReader.Open(directory);
        var postings = new List<(string, int, int, string)>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return postings;
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var docs = termsEnum.DocsAndPositions(MultiFields.GetLiveDocs(reader), null);
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var positions = Enumerable.Range(0, docs.Freq).Select(_ => docs.NextPosition()).ToList();
                postings.Add((termsEnum.Term.Utf8ToString(), docs.DocID, docs.Freq, string.Join(",", positions)));
            }
        }
        return postings;
    }

    private static List<long> Norms(Lucene.Net.Store.Directory directory, string field)
    {
        using var reader = DirectoryReader.Open(directory);
        var norms = MultiDocValues.GetNormValues(reader, field);
        return Enumerable.Range(0, reader.MaxDoc).Select(doc => norms?.Get(doc) ?? -1).ToList();
    }
}
