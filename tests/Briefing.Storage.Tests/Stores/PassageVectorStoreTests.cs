using Briefing.Core.Embeddings;
using Briefing.Storage.Tests.Support;

namespace Briefing.Storage.Tests.Stores;

public sealed class PassageVectorStoreTests(PostgresCluster cluster) : StoreTestBase(cluster)
{
    private static float[] Unit(params float[] values)
    {
        var length = MathF.Sqrt(values.Sum(v => v * v));
        return values.Select(v => v / length).ToArray();
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Nearest_ranks_by_similarity_and_updates_drop_stale_passages(StorageProvider provider)
    {
        var backend = Open(provider);
        var store = backend.Vectors();
        store.Update("a", ["a#p0", "a#p1"], [new("a#p0", "f0", Unit(1, 0, 0)), new("a#p1", "f1", Unit(0, 1, 0))]);
        store.Update("b", ["b#p0"], [new("b#p0", "g0", Unit(1, 1, 0))]);

        Assert.Equal(["a#p0", "b#p0", "a#p1"], store.Nearest(Unit(1, 0.1f, 0), 3).Select(n => n.PassageId));

        store.Update("a", ["a#p0"], []);
        Assert.Equal(new Dictionary<string, string> { ["a#p0"] = "f0" }, store.Fingerprints("a"));
        Assert.Equal(2, store.Count);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Another_instance_sees_new_vectors_even_after_it_searched(StorageProvider provider)
    {
        var backend = Open(provider);
        var writer = backend.Vectors();
        var reader = backend.Vectors();
        writer.Update("a", ["a#p0"], [new("a#p0", "f0", Unit(1, 0))]);
        Assert.Equal(1, reader.Count);

        writer.Update("b", ["b#p0"], [new("b#p0", "g0", Unit(0, 1))]);

        if (provider == StorageProvider.Postgres)
            Assert.Equal("b#p0", reader.Nearest(Unit(0, 1), 1).Single().PassageId);
        else
            Assert.Equal("b#p0", backend.Vectors().Nearest(Unit(0, 1), 1).Single().PassageId); // one process per SQLite file
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void The_backlog_keeps_failed_articles_until_they_are_embedded(StorageProvider provider)
    {
        var store = Open(provider).Vectors();
        store.AddToBacklog(["b", "a"]);
        store.AddToBacklog(["a"]);
        Assert.Equal(["a", "b"], store.Backlog());

        store.Update("a", ["a#p0"], [new("a#p0", "f", Unit(1, 0))]);
        Assert.Equal(["b"], store.Backlog());
    }
}
