using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// The global ids of every document a query matches, unscored. Cheaper than a top-N search sized to "all": that
/// allocates its whole hit queue up front (10,000 entries for a few passages).
/// </summary>
internal static class MatchingDocuments
{
    public static FixedBitSet AsBitSet(IndexSearcher searcher, Query query)
    {
        var documents = new FixedBitSet(Math.Max(1, searcher.IndexReader.MaxDoc));
        searcher.Search(query, new Recorder(documents.Set));
        return documents;
    }

    public static List<int> AsList(IndexSearcher searcher, Query query)
    {
        var documents = new List<int>();
        searcher.Search(query, new Recorder(documents.Add));
        return documents;
    }

    private sealed class Recorder(Action<int> record) : ICollector
    {
        private int _docBase;
        /// <remarks>
        /// In order: a set has no use for the out-of-order bulk scorer for disjunctions, and that scorer allocates a
        /// table of 2,048 buckets per segment and query — even for a conjunction, whose clauses' scorers Lucene builds
        /// and then drops ("the passages of these articles", <see cref="ArticlesShowingDetails"/>): a fifth of a warm
        /// question's allocations. Callers use the documents as a set or sort them.
        /// </remarks>
        public bool AcceptsDocsOutOfOrder => false;
        public void SetScorer(Scorer scorer) { }
        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;
        public void Collect(int doc) => record(_docBase + doc);
    }
}
