using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// Searchers over the last commit. Opened when an index exists (until then every search sees an empty index), and
/// refreshed at most once a second when another process commits, so a running bot sees what a CLI ingest added —
/// always whole commits, never part of a batch.
/// </summary>
internal sealed class IndexSearchers(LuceneDirectory directory, string indexPath) : IDisposable
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private SearcherManager? _manager;
    private long _lastRefresh = Environment.TickCount64;
    private SearcherCache? _cache;

    /// <summary>Runs <paramref name="read"/> on the current searcher; damaged index files surface as <see cref="IndexUnreadableException"/>.</summary>
    public T With<T>(Func<IndexSearcher, T> read)
    {
        try
        {
            return Read(read);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            throw new IndexUnreadableException(indexPath, $"{ex.GetType().Name}: {ex.Message}", ex);
        }
    }

    /// <summary>What Lucene throws on truncated or garbled files ("read past EOF", "slice() out of bounds", checksum errors).</summary>
    internal static bool IsDamage(Exception ex) =>
        ex is IOException or IndexOutOfRangeException or ArgumentOutOfRangeException or ArgumentException or InvalidCastException
        && ex is not OperationCanceledException;

    private T Read<T>(Func<IndexSearcher, T> read)
    {
        var manager = Manager();
        if (manager is null)
        {
            using var empty = new MultiReader();
            return read(new Bm25SearcherFactory().NewSearcher(empty));
        }
        MaybeRefresh(manager);
        var searcher = manager.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>The cache of what <paramref name="searcher"/>'s reader has read; a refreshed searcher starts a new one.</summary>
    public SearcherCache CacheOf(IndexSearcher searcher)
    {
        var cache = Volatile.Read(ref _cache);
        if (cache is not null && cache.ReaderContext == searcher.TopReaderContext) return cache;
        cache = new SearcherCache(searcher.TopReaderContext);
        Volatile.Write(ref _cache, cache);
        return cache;
    }

    /// <summary>This process committed: the next read sees it.</summary>
    public void RefreshAfterCommit()
    {
        // Only searchers already open are refreshed: none open (an ingest that has not searched) means the next read
        // opens them on the latest commit anyway. Opening them here reopened readers after every commit of a bulk ingest
        // for nobody (bench/README.md, issue 13 seventh session).
        SearcherManager? manager;
        lock (_lock) manager = _manager;
        manager?.MaybeRefreshBlocking();
    }

    private SearcherManager? Manager()
    {
        lock (_lock)
        {
            if (_manager is null && DirectoryReader.IndexExists(directory))
                _manager = new SearcherManager(directory, new Bm25SearcherFactory());
            return _manager;
        }
    }

    private void MaybeRefresh(SearcherManager manager)
    {
        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastRefresh) < RefreshEvery.TotalMilliseconds) return;
        Interlocked.Exchange(ref _lastRefresh, now);
        manager.MaybeRefresh(); // non-blocking; another thread may already be refreshing
    }

    /// <summary>Lets go of the open searchers (the index is being replaced); the next read opens the new one.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _manager?.Dispose();
            _manager = null;
        }
    }

    public void Dispose()
    {
        lock (_lock) _manager?.Dispose();
    }
}
