using System.Collections.Concurrent;

namespace Briefing.Core.Caching;

/// <summary>
/// A thread-safe memo that drops everything once it holds about <c>max</c> entries — the crude bound the ask path's
/// caches use instead of LRU bookkeeping (the working set refills within a few questions).
/// </summary>
/// <remarks>
/// It counts its own additions: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the table
/// (up to 1,024 once it has grown), and checking it before each insertion took a tenth of a warm cross-lingual
/// question's time. The count may run a few ahead or behind while threads add and clear at once; it only bounds
/// memory, and a cached value is the same whether it was kept or computed again.
/// </remarks>
internal sealed class BoundedCache<TKey, TValue> where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _map;
    private readonly int _max;
    private int _count;

    public BoundedCache(int max, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        _max = max;
        _map = new ConcurrentDictionary<TKey, TValue>(comparer);
    }

    /// <summary>Entries held (counted on insertion; see the remarks).</summary>
    public int Count => Volatile.Read(ref _count);

    public bool TryGetValue(TKey key, out TValue value) => _map.TryGetValue(key, out value!);

    /// <summary>Keeps <paramref name="value"/> under <paramref name="key"/>, after dropping everything when full.</summary>
    public void Set(TKey key, TValue value)
    {
        if (Volatile.Read(ref _count) >= _max) Clear();
        if (_map.TryAdd(key, value)) Interlocked.Increment(ref _count);
        else _map[key] = value;
    }

    /// <summary>The cached value of <paramref name="key"/>, or <paramref name="create"/>'s, kept.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        if (_map.TryGetValue(key, out var cached)) return cached;
        var value = create(key);
        Set(key, value);
        return value;
    }

    public void Clear()
    {
        _map.Clear();
        Interlocked.Exchange(ref _count, 0);
    }
}
