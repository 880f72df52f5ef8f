using Briefing.Core.Articles;
using Briefing.Core.State;
using Briefing.Core.Storage;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Storage;

public sealed class SqliteArticleStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private SqliteArticleStore NewStore() => new(new StateDatabase(_folder.Combine("state.db")));

    private static Article Story(string id, string text) => new()
    {
        Id = id, Title = "Harbour " + id, Language = "en", Paragraphs = [text, "Second paragraph."],
        Published = new DateTimeOffset(2026, 11, 27, 8, 30, 0, TimeSpan.Zero), Source = "Wire",
    };

    [Fact]
    public void Keeps_the_text_and_numbers_every_write_and_removal_in_order()
    {
        var store = NewStore();
        var first = store.Save(Story("a", "The harbour reopened."), "h1");
        var second = store.Save(Story("b", "The ferry returned."), "h2");
        var rewrite = store.Save(Story("a", "The harbour reopened on Monday."), "h3");
        var removal = store.Remove("b");

        Assert.True(first < second && second < rewrite && rewrite < removal);
        var reopened = NewStore(); // survives a restart
        Assert.Equal(["The harbour reopened on Monday.", "Second paragraph."], reopened.Get("a")!.Article.Paragraphs);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 8, 30, 0, TimeSpan.Zero), reopened.Get("a")!.Article.Published);
        Assert.Null(reopened.Get("b"));
        Assert.Equal("a", reopened.FindIdByContentHash("h3"));
        Assert.Null(reopened.FindIdByContentHash("h2"));
        Assert.Equal(1, reopened.Count);
        var changes = reopened.ChangesAfter(first, 10);
        Assert.Equal([("a", false), ("b", true)], changes.Select(c => (c.ArticleId, c.IsRemoval)));
        Assert.Equal(removal, reopened.LastSequence);
        Assert.Null(reopened.Remove("b")); // already gone: no new change
        Assert.Equal(removal, reopened.LastSequence);
    }

    [Fact]
    public void Headers_list_the_metadata_of_stored_articles_without_removed_ones()
    {
        var store = NewStore();
        store.Save(Story("a", "The harbour reopened."), "h1");
        store.Save(Story("b", "The ferry returned.") with { Source = null, Url = "https://news.example/b", Language = "de" }, "h2");
        store.Save(Story("c", "The bridge closed."), "h3");
        store.Remove("c");

        var headers = NewStore().Headers().OrderBy(h => h.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [new ArticleHeader("a", "Harbour a", "Wire", null, new DateTimeOffset(2026, 11, 27, 8, 30, 0, TimeSpan.Zero), null, "en"),
             new ArticleHeader("b", "Harbour b", null, "https://news.example/b", new DateTimeOffset(2026, 11, 27, 8, 30, 0, TimeSpan.Zero), null, "de")],
            headers);
    }

    public void Dispose() => _folder.Dispose();
}
