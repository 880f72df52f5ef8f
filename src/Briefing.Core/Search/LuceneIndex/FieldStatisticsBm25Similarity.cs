using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// BM25 whose collection statistics are those of the scored field, not of the whole index. Lucene 4.8 takes the
/// index's document count (every language's passages, plus the article documents) for both the IDF and the
/// average field length, so in a mixed index the minority language's field looks nearly empty: its common words
/// get rare-word IDFs and every passage looks many times longer than average. Counting only the documents that
/// have the field (what Lucene 6+ does) scores each language's passages exactly as an index of that language
/// alone would — the English articles among 1,028 German ones rank as they do on their own.
/// </summary>
internal sealed class FieldStatisticsBm25Similarity(float k1, float b) : BM25Similarity(k1, b)
{
    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        var documents = DocumentsWithField(collectionStats);
        var idf = Idf(termStats.DocFreq, documents);
        return new Explanation(idf, $"idf(docFreq={termStats.DocFreq}, docCount={documents})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var documents = DocumentsWithField(collectionStats);
        var explanation = new Explanation { Description = "idf(), sum of:" };
        var idf = 0f;
        foreach (var term in termStats)
        {
            var termIdf = Idf(term.DocFreq, documents);
            explanation.AddDetail(new Explanation(termIdf, $"idf(docFreq={term.DocFreq}, docCount={documents})"));
            idf += termIdf;
        }
        explanation.Value = idf;
        return explanation;
    }

    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        var sum = collectionStats.SumTotalTermFreq;
        return sum <= 0 ? 1f : (float)(sum / (double)DocumentsWithField(collectionStats));
    }

    /// <summary>Documents that have the field; the whole index only when the codec does not know (-1).</summary>
    private static long DocumentsWithField(CollectionStatistics statistics) =>
        statistics.DocCount > 0 ? statistics.DocCount : statistics.MaxDoc;
}
