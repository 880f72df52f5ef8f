using System.Text;
using Briefing.Core.Articles;

namespace Briefing.Core.Tests.Articles;

public sealed class ArticleEncodingTests : IDisposable
{
    private readonly ArticleTestFolder _folder = new();
    private readonly ArticleFileReader _reader = ArticleTestFolder.CreateReader();

    [Fact]
    public void ReadsUtf8WithByteOrderMarkWithoutKeepingTheMark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Überschrift\nGrüße aus Köln, sagte die Bürgermeisterin.")).ToArray();
        var article = Assert.Single(_reader.ReadFile(_folder.WriteBytes("de/bom.txt", bytes))).Article!;
        Assert.Equal("Überschrift", article.Title);
        Assert.Equal("Grüße aus Köln, sagte die Bürgermeisterin.", article.Paragraphs[0]);
    }

    [Fact]
    public void FallsBackToLatin1ForNonUtf8Text()
    {
        // "Mutu's café: Müller scored, £5m fee" in ISO-8859-1 (é=0xE9, ü=0xFC, £=0xA3) is not valid UTF-8.
        var bytes = Encoding.Latin1.GetBytes("Mutu's café\n\nMüller scored against the £5m signing.\n");
        var article = Assert.Single(_reader.ReadFile(_folder.WriteBytes("sport/199.txt", bytes))).Article!;
        Assert.Equal("Mutu's café", article.Title);
        Assert.Equal("Müller scored against the £5m signing.", article.Paragraphs[0]);
    }

    [Fact]
    public void FallsBackToWindows1252ForTypographicQuotes()
    {
        // 0x93/0x94 are “ ” and 0x80 is € in Windows-1252 (control codes in Latin-1).
        var bytes = new byte[] { (byte)'H', (byte)'i', (byte)'\n', 0x93, (byte)'Q', 0x94, (byte)' ', 0x80, (byte)'5' };
        var article = Assert.Single(_reader.ReadFile(_folder.WriteBytes("a/cp1252.txt", bytes))).Article!;
        Assert.Equal("“Q” €5", article.Paragraphs[0]);
    }

    [Fact]
    public void ReadsUtf16WithByteOrderMark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Headline\nBody text here.")).ToArray();
        var article = Assert.Single(_reader.ReadFile(_folder.WriteBytes("a/utf16.txt", bytes))).Article!;
        Assert.Equal("Headline", article.Title);
        Assert.Equal("Body text here.", article.Paragraphs[0]);
    }

    [Fact]
    public void KeepsUtf8WhenOnlyAFewBytesAreLatin1()
    {
        var utf8 = Encoding.UTF8.GetBytes("Überschrift\nGrüße aus Köln, München und Düsseldorf: Bürger, Straßen, Brücken. ");
        var bytes = utf8.Concat(Encoding.Latin1.GetBytes("Zitat: \"für\".")).ToArray();

        var article = Assert.Single(_reader.ReadFile(_folder.WriteBytes("de/mixed.txt", bytes))).Article!;

        Assert.Equal("Überschrift", article.Title);
        Assert.Equal("Grüße aus Köln, München und Düsseldorf: Bürger, Straßen, Brücken. Zitat: \"für\".", article.Paragraphs[0]);
    }

    public void Dispose() => _folder.Dispose();
}
