using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// Looks terms up in every segment of one reader with term enumerators kept from the last look-up. Lucene's own
/// look-ups (<see cref="IndexReader.DocFreq"/>, <see cref="TermContext.Build"/>) open a new enumerator per segment
/// and term — a clone of the segment's terms file and a fresh stack of frames, filled from the root block again —
/// and the ask path looks up hundreds of terms a question (compound joins of translations, compound splits, names),
/// most of them absent. A kept enumerator seeks from where it stands and reuses its frames. Same answers as those
/// methods: the same segments, the same seek, the same counts and term states (a state is a copy).
/// </summary>
/// <remarks>Not thread-safe: <see cref="SearcherCache"/> lends one to one thread at a time.</remarks>
internal sealed class TermSeeker(IndexReaderContext readerContext)
{
    private readonly Dictionary<string, TermsEnum?[]> _byField = new(StringComparer.Ordinal);

    /// <summary>As <see cref="IndexReader.DocFreq"/>: the documents of all segments that hold the term (deleted ones included).</summary>
    public int DocumentFrequency(string field, BytesRef bytes)
    {
        var total = 0;
        var leaves = readerContext.Leaves;
        for (var i = 0; i < leaves.Count; i++)
        {
            if (Enumerator(field, leaves, i) is { } terms && terms.SeekExact(bytes)) total += terms.DocFreq;
        }
        return total;
    }

    /// <summary>As <see cref="TermContext.Build"/>: the term's state in each segment that holds it.</summary>
    public TermContext Context(Term term)
    {
        var context = new TermContext(readerContext);
        var leaves = readerContext.Leaves;
        for (var i = 0; i < leaves.Count; i++)
        {
            if (Enumerator(term.Field, leaves, i) is { } terms && terms.SeekExact(term.Bytes))
                context.Register(terms.GetTermState(), leaves[i].Ord, terms.DocFreq, terms.TotalTermFreq);
        }
        return context;
    }

    private TermsEnum? Enumerator(string field, IList<AtomicReaderContext> leaves, int leaf)
    {
        if (!_byField.TryGetValue(field, out var enumerators)) _byField[field] = enumerators = new TermsEnum?[leaves.Count];
        if (enumerators[leaf] is { } kept) return kept;
        // A segment without the field has no enumerator; asked again next time (a dictionary look-up, no I/O).
        return enumerators[leaf] = leaves[leaf].AtomicReader.Fields?.GetTerms(field)?.GetEnumerator();
    }
}
