using Briefing.Core.Articles;

namespace Briefing.Core.Tests.Articles;

public sealed class FolderListingTests : IDisposable
{
    private readonly ArticleTestFolder _folder = new();
    private readonly ArticleFileReader _reader = ArticleTestFolder.CreateReader();

    [Fact]
    public void ListsSupportedFilesRecursivelyInOrdinalOrderAndCountsUnsupported()
    {
        _folder.Write("b/2.txt", "T\nx");
        _folder.Write("a/10.txt", "T\nx");
        _folder.Write("a/9.txt", "T\nx");
        _folder.Write("a/deep/feed.jsonl", "{\"text\":\"x\"}");
        _folder.Write("a/photo.jpg", "not an article");
        _folder.Write("notes.docx", "not an article");

        var listing = _reader.ListFolder(_folder.Root);

        var relative = listing.Files.Select(f => Path.GetRelativePath(_folder.Root, f).Replace('\\', '/')).ToList();
        Assert.Equal(["a/10.txt", "a/9.txt", "a/deep/feed.jsonl", "b/2.txt"], relative);
        Assert.Equal(2, listing.Unsupported.Count);
        Assert.Contains(listing.Unsupported, f => f.EndsWith("photo.jpg", StringComparison.Ordinal));
    }

    [Fact]
    public void IgnoresHiddenFilesAndFolders()
    {
        _folder.Write("a/1.txt", "T\nx");
        _folder.Write(".git/HEAD.txt", "T\nx");
        _folder.Write("a/.draft.txt", "T\nx");
        _folder.Write("a/.cache/2.txt", "T\nx");

        var listing = _reader.ListFolder(_folder.Root);

        Assert.Single(listing.Files);
        Assert.Empty(listing.Unsupported);
    }

    [Fact]
    public void SkipsReadmeAndLicenseNotesBesideArticles()
    {
        _folder.Write("bbc/README.TXT", "About this corpus\nIt has 2225 documents.");
        _folder.Write("bbc/LICENSE.md", "MIT\ntext");
        _folder.Write("bbc/001.txt", "T\nx");

        var listing = _reader.ListFolder(_folder.Root);

        Assert.Single(listing.Files);
        Assert.Equal(2, listing.Unsupported.Count);
    }

    public void Dispose() => _folder.Dispose();
}
