using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// One scoring pass, several rankings: a query's top hits; its top hits among a set of documents (the passages that
/// show every detail the question asks about); and its top hits among the passages of each other language. Each
/// extra ranking is what a second search of the query restricted to those documents would return, without weighting
/// and scoring the whole query twice.
/// </summary>
internal sealed class TopHitsCollector : ICollector
{
    private readonly TopScoreDocCollector _all;
    private readonly TopScoreDocCollector? _restricted;
    private readonly FixedBitSet? _restriction;
    private readonly (string Field, TopScoreDocCollector Top)[] _byLanguage;
    private readonly NumericDocValues?[] _languageNorms;
    private int _docBase;

    /// <param name="restriction">Global document ids of the set, or null for the top hits only.</param>
    /// <param name="languages">Languages whose passages get a ranking of their own (<paramref name="languageTop"/> each).</param>
    public TopHitsCollector(int top, int restrictedTop, FixedBitSet? restriction, IReadOnlyList<string>? languages = null, int languageTop = 0)
    {
        // In document order: the out-of-order bulk scorer for disjunctions allocates a table of 2,048 buckets per
        // segment and search, a fifth of what a warm question allocated, and garbage collection is most of the slow
        // questions' time. The hits and answers stayed the same on the XQuAD speed set, the XQuAD pairs and every dev split.
        _all = TopScoreDocCollector.Create(top, docsScoredInOrder: true);
        _byLanguage = languageTop <= 0 || languages is null
            ? []
            : languages.Select(l => (LuceneFields.Body(l), TopScoreDocCollector.Create(languageTop, docsScoredInOrder: true))).ToArray();
        _languageNorms = new NumericDocValues?[_byLanguage.Length];
        if (restriction is null) return;
        _restriction = restriction;
        _restricted = TopScoreDocCollector.Create(restrictedTop, docsScoredInOrder: true);
    }

    public TopDocs Top => _all.GetTopDocs();

    /// <summary>The top hits inside the set; empty without one.</summary>
    public TopDocs TopRestricted => _restricted?.GetTopDocs() ?? new TopDocs(0, [], float.NaN);

    /// <summary>The top hits among the passages of each language asked for, in the order given.</summary>
    public IEnumerable<TopDocs> TopByLanguage => _byLanguage.Select(l => l.Top.GetTopDocs());

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
        _all.SetScorer(scorer);
        _restricted?.SetScorer(scorer);
        foreach (var (_, top) in _byLanguage) top.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _all.SetNextReader(context);
        _restricted?.SetNextReader(context);
        for (var i = 0; i < _byLanguage.Length; i++)
        {
            _byLanguage[i].Top.SetNextReader(context);
            // A passage has exactly one body field, its language's; a document without the field has no norm (0).
            _languageNorms[i] = context.AtomicReader.GetNormValues(_byLanguage[i].Field);
        }
    }

    public void Collect(int doc)
    {
        _all.Collect(doc);
        if (_restriction?.Get(_docBase + doc) == true) _restricted!.Collect(doc);
        for (var i = 0; i < _byLanguage.Length; i++)
            if (_languageNorms[i] is { } norms && norms.Get(doc) != 0) _byLanguage[i].Top.Collect(doc);
    }
}
