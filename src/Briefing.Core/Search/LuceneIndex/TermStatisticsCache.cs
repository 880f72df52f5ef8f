using System.Collections.Concurrent;
using Briefing.Core.Caching;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// Document frequencies as the current searcher sees them. One question asks for the same few dozen terms several
/// times (compound splitting, reranking, answer evidence), and each uncached look-up seeks every index segment.
/// Cleared whenever the searcher is refreshed, so it never outlives the statistics it copies.
/// </summary>
internal sealed class TermStatisticsCache
{
    private const int MaxEntries = 100_000;
    private readonly BoundedCache<(string Field, string Term), int> _frequencies = new(MaxEntries);
    private readonly ConcurrentDictionary<string, int> _fieldDocuments = new(StringComparer.Ordinal);

    public int DocumentFrequency(string field, string term, Func<int> read)
    {
        if (_frequencies.TryGetValue((field, term), out var cached)) return cached;
        var frequency = read();
        _frequencies.Set((field, term), frequency);
        return frequency;
    }

    public int FieldDocuments(string field, Func<int> read) => _fieldDocuments.GetOrAdd(field, _ => read());

    public void Clear()
    {
        _frequencies.Clear();
        _fieldDocuments.Clear();
    }
}
