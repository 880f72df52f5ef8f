using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// One scoring pass, two rankings: a query's top hits, and its top hits among a set of documents (the passages that
/// show every detail the question asks about). The second ranking is what a second search of the query restricted
/// to that set would return, without weighting and scoring the whole query twice.
/// </summary>
internal sealed class TopHitsCollector : ICollector
{
    private readonly TopScoreDocCollector _all;
    private readonly TopScoreDocCollector? _restricted;
    private readonly FixedBitSet? _restriction;
    private int _docBase;

    /// <param name="restriction">Global document ids of the set, or null for the top hits only.</param>
    public TopHitsCollector(int top, int restrictedTop, FixedBitSet? restriction)
    {
        // Out of order, like IndexSearcher.Search(query, n): the bulk scorer for disjunctions stays available.
        _all = TopScoreDocCollector.Create(top, docsScoredInOrder: false);
        if (restriction is null) return;
        _restriction = restriction;
        _restricted = TopScoreDocCollector.Create(restrictedTop, docsScoredInOrder: false);
    }

    public TopDocs Top => _all.GetTopDocs();

    /// <summary>The top hits inside the set; empty without one.</summary>
    public TopDocs TopRestricted => _restricted?.GetTopDocs() ?? new TopDocs(0, [], float.NaN);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        _all.SetScorer(scorer);
        _restricted?.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _all.SetNextReader(context);
        _restricted?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        _all.Collect(doc);
        if (_restriction?.Get(_docBase + doc) == true) _restricted!.Collect(doc);
    }
}
