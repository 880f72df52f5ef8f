using Microsoft.Extensions.Time.Testing;

namespace Briefing.Storage.Tests.Support;

/// <summary>A store test class: the shared cluster, a fake clock and the backends opened by its tests.</summary>
[Collection(PostgresCollection.Name)]
public abstract class StoreTestBase(PostgresCluster cluster) : IDisposable
{
    private readonly List<StoreBackend> _opened = [];

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The test class's PostgreSQL database, for looking at it directly.</summary>
    protected string DatabaseConnectionString => cluster.DatabaseFor(GetType());

    protected StoreBackend Open(StorageProvider provider)
    {
        var backend = StoreBackend.Open(provider, cluster, GetType(), Time);
        _opened.Add(backend);
        return backend;
    }

    public void Dispose()
    {
        foreach (var backend in _opened) backend.Dispose();
        GC.SuppressFinalize(this);
    }
}
