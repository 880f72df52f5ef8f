using Briefing.Core.Caching;

namespace Briefing.Core.Tests.Caching;

/// <summary>
/// <see cref="BoundedCache{TKey,TValue}"/> keeps its own count instead of asking the dictionary (whose Count takes
/// every lock): the bound must still hold, and replacing a key must not count as a new entry.
/// </summary>
public sealed class BoundedCacheTests
{
    [Fact]
    public void Holds_what_was_set_until_it_is_full_then_starts_over()
    {
        var cache = new BoundedCache<string, int>(3, StringComparer.Ordinal);
        cache.Set("a", 1);
        cache.Set("b", 2);
        cache.Set("c", 3);

        Assert.Equal(3, cache.Count);
        Assert.True(cache.TryGetValue("a", out var a) && a == 1);

        cache.Set("d", 4);

        Assert.Equal(1, cache.Count);
        Assert.False(cache.TryGetValue("a", out _));
        Assert.True(cache.TryGetValue("d", out var d) && d == 4);
    }

    [Fact]
    public void Setting_a_key_again_replaces_its_value_without_counting_it_twice()
    {
        var cache = new BoundedCache<string, int>(2, StringComparer.Ordinal);
        cache.Set("a", 1);
        cache.Set("a", 5);
        cache.Set("b", 2);

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGetValue("a", out var a) && a == 5);
        Assert.True(cache.TryGetValue("b", out _));
    }

    [Fact]
    public void GetOrAdd_computes_a_missing_value_once_and_keeps_it()
    {
        var cache = new BoundedCache<int, string>(10);
        var calls = 0;

        var first = cache.GetOrAdd(7, k => { calls++; return $"v{k}"; });
        var second = cache.GetOrAdd(7, k => { calls++; return "other"; });

        Assert.Equal("v7", first);
        Assert.Equal("v7", second);
        Assert.Equal(1, calls);
    }
}
