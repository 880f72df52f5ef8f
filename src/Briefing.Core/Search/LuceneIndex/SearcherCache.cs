using Briefing.Core.Articles;
using Briefing.Core.Caching;
using Briefing.Core.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// What asking reads again and again from one index reader — a commit's view, which never changes while the
/// searcher lives: each term's per-segment look-up (every term query seeks its term in every segment, and the same
/// terms recur in the passage query, the detail filter and the next questions) and decoded stored passages (every
/// read decompresses a block of stored fields; the constraint check and the answer's article siblings read the same
/// article's passages, popular passages recur across questions). Scores and results are those of uncached reads.
/// Bounded: a full map is dropped as a whole (the working set refills it within a few questions).
/// </summary>
internal sealed class SearcherCache(IndexReaderContext readerContext)
{
    private const int MaxTerms = 16_384;
    private const int MaxPassages = 16_384;
    private const int MaxArticles = 4_096;
    private readonly BoundedCache<(string Field, string Text), TermContext> _terms = new(MaxTerms);
    private readonly BoundedCache<int, (Passage Passage, ArticleInfo Article)> _passages = new(MaxPassages);
    private readonly BoundedCache<string, IReadOnlyList<Passage>> _articlePassages = new(MaxArticles, StringComparer.Ordinal);

    /// <summary>The reader this cache describes: a searcher over another reader needs another cache.</summary>
    public IndexReaderContext ReaderContext { get; } = readerContext;

    /// <summary>A term query that skips the per-segment term look-up when this reader has done it before.</summary>
    public TermQuery TermQuery(string field, string text)
    {
        var term = new Term(field, text);
        if (!_terms.TryGetValue((field, text), out var context))
        {
            var seeker = RentSeeker();
            context = seeker.Context(term);
            ReturnSeeker(seeker);
            _terms.Set((field, text), context);
        }
        return new TermQuery(term, context);
    }

    /// <summary>How many documents of this reader hold <paramref name="text"/> in <paramref name="field"/> (as <see cref="IndexReader.DocFreq"/>).</summary>
    public int DocumentFrequency(string field, string text)
    {
        var seeker = RentSeeker();
        var frequency = seeker.DocumentFrequency(field, new BytesRef(text));
        ReturnSeeker(seeker);
        return frequency;
    }

    private const int MaxEndingAlike = 64;
    private readonly BoundedCache<(string Field, string Tail), IReadOnlyList<string>> _compoundsEndingWith = new(MaxTerms);
    private readonly Dictionary<string, Lazy<TermsByEnding>> _termsByEnding = new(StringComparer.Ordinal);

    /// <summary>
    /// This reader's terms of <paramref name="field"/> that end with <paramref name="tail"/> after a head (<see cref="TermsByEnding"/>),
    /// the commonest <see cref="MaxEndingAlike"/> first.
    /// </summary>
    public IReadOnlyList<string> CompoundsEndingWith(string field, string tail)
    {
        if (_compoundsEndingWith.TryGetValue((field, tail), out var cached)) return cached;
        var compounds = Commonest(field, TermsByEndingOf(field).CompoundsEndingWith(tail).Where(term => HeadIsIndexed(field, term[..^tail.Length])), MaxEndingAlike);
        _compoundsEndingWith.Set((field, tail), compounds);
        return compounds;
    }

    /// <summary>This reader's compounds ending with <paramref name="tail"/> whose head fits, among all of them, the commonest first.</summary>
    public IReadOnlyList<string> CompoundsEndingWith(string field, string tail, Func<string, bool> headFits, int max)
    {
        // The caller's fit is the guard against a chance ending; the head need not stand as a term of its own: the stemmer
        // cuts "glasfaser" to "glasfas", so the head of "glasfasernetz" is no indexed term and the compound was never found.
        return Commonest(field, TermsByEndingOf(field).CompoundsEndingWith(tail).Where(term => headFits(term[..^tail.Length])), max);
    }

    /// <summary>The field's terms by ending, read once per reader on first use.</summary>
    private TermsByEnding TermsByEndingOf(string field)
    {
        Lazy<TermsByEnding> byEnding;
        lock (_termsByEnding)
        {
            if (!_termsByEnding.TryGetValue(field, out byEnding!))
                _termsByEnding[field] = byEnding = new Lazy<TermsByEnding>(() => TermsByEnding.Read(ReaderContext.Reader, field));
        }
        return byEnding.Value;
    }

    /// <summary>The <paramref name="max"/> terms most documents hold, ties in ordinal order so the choice is stable.</summary>
    private List<string> Commonest(string field, IEnumerable<string> terms, int max) =>
        terms.OrderByDescending(term => DocumentFrequency(field, term)).ThenBy(term => term, StringComparer.Ordinal).Take(max).ToList();

    /// <summary>
    /// A compound's head is a term of its own, with or without a linking element ("sicherheit" + "s" in "sicherheitsluck"); a
    /// chance ending is no compound ("missgluck" ends with "luck", but "missg" is no word).
    /// </summary>
    private bool HeadIsIndexed(string field, string head) =>
        GermanCompoundLinks.All.Any(link => head.EndsWith(link, StringComparison.Ordinal) && head.Length - link.Length >= TermsByEnding.MinHead
                                            && DocumentFrequency(field, head[..^link.Length]) > 0);


    // One kept seeker serves the usual single asking thread; a second thread at the same time makes its own. A seeker
    // whose look-up threw is not given back.
    private TermSeeker? _spareSeeker;

    private TermSeeker RentSeeker() => Interlocked.Exchange(ref _spareSeeker, null) ?? new TermSeeker(ReaderContext);

    private void ReturnSeeker(TermSeeker seeker) => Volatile.Write(ref _spareSeeker, seeker);

    /// <summary>The passage (and its article's metadata) stored in document <paramref name="doc"/> (a global id).</summary>
    public (Passage Passage, ArticleInfo Article) Passage(IndexSearcher searcher, int doc)
    {
        if (_passages.TryGetValue(doc, out var cached)) return cached;
        var document = searcher.Doc(doc);
        var passage = (LuceneDocuments.ToPassage(document), LuceneDocuments.ToArticleInfo(document));
        _passages.Set(doc, passage);
        return passage;
    }

    /// <summary>An article's passages in order, read once per reader.</summary>
    public IReadOnlyList<Passage> ArticlePassages(string articleId, Func<IReadOnlyList<Passage>> read)
    {
        if (_articlePassages.TryGetValue(articleId, out var cached)) return cached;
        var passages = read();
        _articlePassages.Set(articleId, passages);
        return passages;
    }
}
