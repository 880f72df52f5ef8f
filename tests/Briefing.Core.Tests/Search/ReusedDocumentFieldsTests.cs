using Briefing.Core.Articles;
using Briefing.Core.Search.LuceneIndex;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// The writer's documents, made from one set of reused fields with the title analysed once per article and no
/// positions, must give BM25 exactly what the documents made field by field gave (<see cref="EarlierDocuments"/>):
/// every term with the same documents and frequencies, the same norms, the same stored fields in the same order.
/// </summary>
public sealed class ReusedDocumentFieldsTests
{
    private static readonly DateTimeOffset Published = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static readonly Article[] Articles =
    [
        new()
        {
            Id = "de/1", Language = "de", Title = "Regierung schlug neue Steuer vor", Source = "Kurier", Url = "https://example.org/1",
            Published = Published, Ingested = Published.AddHours(1), Origin = "feed.jsonl:1",
            Paragraphs =
            [
                "Die Regierung schlug am Montag eine neue Steuer auf Flugtickets vor. Die Opposition lehnte den Vorschlag ab und forderte stattdessen höhere Abgaben für Konzerne.",
                string.Join(" ", Enumerable.Repeat("Der Finanzminister stellte fest, dass die Einnahmen 2027 um 240 Millionen Euro steigen würden, und kündigte weitere Gespräche an.", 9)),
            ],
        },
        new()
        {
            Id = "en/1", Language = "en", Title = "Comet visible in March",
            Paragraphs = ["Astronomers discovered a bright comet that will be visible in March; the comet's tail is long. The observatory's director said so."],
        },
        new()
        {
            Id = "fr/1", Language = "fr", Title = "Grève des cheminots", Source = "Le Monde", Published = Published.AddDays(-1),
            Paragraphs = ["Les cheminots ont fait grève lundi pour demander des salaires plus élevés, a annoncé le syndicat."],
        },
        new()
        {
            Id = "de/2", Language = "de", Title = "",
            Paragraphs = ["Ein Text ohne Überschrift, der trotzdem lang genug für eine eigene Passage im Index ist, und noch etwas mehr."],
        },
    ];

    [Fact]
    public void Reused_fields_index_the_terms_frequencies_norms_and_stored_fields_of_documents_made_one_by_one()
    {
        using var analyzers = new LanguageAnalyzers();
        using var earlier = Index(analyzers, (writer, article, hash, passages) => writer.AddDocuments(EarlierDocuments.Of(article, hash, passages)));
        var reused = new ReusedDocumentFields();
        using var now = Index(analyzers, (writer, article, hash, passages) =>
            writer.AddDocuments(reused.Of(article, hash, passages, LuceneDocuments.TitleTokens(analyzers.PerField, article))));

        using var expected = DirectoryReader.Open(earlier);
        using var actual = DirectoryReader.Open(now);
        Assert.Equal(expected.MaxDoc, actual.MaxDoc);
        var fields = MultiFields.GetIndexedFields(expected).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(fields, MultiFields.GetIndexedFields(actual).Order(StringComparer.Ordinal));
        Assert.Contains(LuceneFields.TitleText("de"), fields);
        foreach (var field in fields)
        {
            Assert.Equal(Postings(expected, field), Postings(actual, field));
            Assert.Equal(Norms(expected, field), Norms(actual, field));
        }
        for (var doc = 0; doc < expected.MaxDoc; doc++) Assert.Equal(Stored(expected, doc), Stored(actual, doc));
    }

    private static RAMDirectory Index(LanguageAnalyzers analyzers, Action<IndexWriter, Article, string, IReadOnlyList<Passage>> add)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LanguageAnalyzers.Version, analyzers.PerField) { Similarity = new BM25Similarity() });
        foreach (var article in Articles) add(writer, article, ArticleContentHash.Compute(article), PassageChunker.Chunk(article));
        writer.Commit();
        return directory;
    }

    private static List<(string Term, int Doc, int Freq)> Postings(IndexReader reader, string field)
    {
        var postings = new List<(string, int, int)>();
        var terms = MultiFields.GetTerms(reader, field).GetEnumerator();
        while (terms.MoveNext())
        {
            var docs = terms.Docs(null, null, DocsFlags.FREQS);
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) postings.Add((terms.Term.Utf8ToString(), docs.DocID, docs.Freq));
        }
        return postings;
    }

    private static List<long> Norms(IndexReader reader, string field)
    {
        var norms = MultiDocValues.GetNormValues(reader, field);
        return Enumerable.Range(0, reader.MaxDoc).Select(doc => norms?.Get(doc) ?? long.MinValue).ToList();
    }

    private static List<string> Stored(IndexReader reader, int doc) =>
        reader.Document(doc).Fields.Select(f => $"{f.Name}={f.GetStringValue() ?? f.GetInt64Value()?.ToString() ?? f.GetInt32Value()?.ToString()}").ToList();
}
