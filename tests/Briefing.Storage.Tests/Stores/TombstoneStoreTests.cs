using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Storage.Tests.Support;

namespace Briefing.Storage.Tests.Stores;

public sealed class TombstoneStoreTests(PostgresCluster cluster) : StoreTestBase(cluster)
{
    private static Article Story(string id, string text) => new()
    {
        Id = id, Title = "Title " + id, Language = "de", Paragraphs = [text],
    };

    private static IndexedArticle Indexed(Article article) => new(article, ArticleContentHash.Compute(article), PassageCount: 1);

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void A_removed_text_is_withheld_until_lifted_and_changed_text_is_not(StorageProvider provider)
    {
        var backend = Open(provider);
        var removed = Story("a", "Die Fähre fährt wieder.");
        backend.Tombstones().Add([Indexed(removed)], "staff");

        var other = backend.Tombstones(); // another instance sees the same tombstone
        Assert.True(other.IsWithheld(removed));
        Assert.False(other.IsWithheld(Story("a", "Die Fähre fährt ab Montag wieder.")));
        Assert.False(other.IsWithheld(Story("b", "Die Fähre fährt wieder.")));

        other.Lift(["a"]);
        Assert.False(backend.Tombstones().IsWithheld(removed));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Removing_again_replaces_the_tombstone(StorageProvider provider)
    {
        var backend = Open(provider);
        backend.Tombstones().Add([Indexed(Story("a", "Erste Fassung."))], "staff");
        backend.Tombstones().Add([Indexed(Story("a", "Zweite Fassung."))], "retention");

        Assert.False(backend.Tombstones().IsWithheld(Story("a", "Erste Fassung.")));
        Assert.True(backend.Tombstones().IsWithheld(Story("a", "Zweite Fassung.")));
    }
}
