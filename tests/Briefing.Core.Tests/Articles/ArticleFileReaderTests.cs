using System.Text;
using Briefing.Core.Articles;

namespace Briefing.Core.Tests.Articles;

public sealed class ArticleFileReaderTests : IDisposable
{
    private const string BbcStyle = "Ad sales boost profit\n\nQuarterly profits jumped 76% to $1.13bn for the three months to December.\n\nThe firm said sales rose 2%.\n";
    private readonly ArticleTestFolder _folder = new();
    private readonly ArticleFileReader _reader = ArticleTestFolder.CreateReader();

    [Fact]
    public void ReadsTextFileWithIdFromParentFolderAndStem()
    {
        var path = _folder.Write("business/001.txt", BbcStyle);

        var result = Assert.Single(_reader.ReadFile(path));

        Assert.Null(result.RejectionReason);
        Assert.Equal("business/001", result.Article!.Id);
        Assert.Equal("Ad sales boost profit", result.Article.Title);
        Assert.Equal(2, result.Article.Paragraphs.Count);
        Assert.Equal(path, result.Input);
    }

    [Fact]
    public void RejectsMissingFile()
    {
        var result = Assert.Single(_reader.ReadFile(Path.Combine(_folder.Root, "nope.txt")));
        Assert.Contains("not found", result.RejectionReason);
    }

    [Fact]
    public void RejectsEmptyAndWhitespaceOnlyFiles()
    {
        var empty = Assert.Single(_reader.ReadFile(_folder.Write("a/empty.txt", "")));
        var blank = Assert.Single(_reader.ReadFile(_folder.Write("a/blank.txt", " \n\t\r\n  ")));

        Assert.Contains("empty", empty.RejectionReason);
        Assert.Contains("empty", blank.RejectionReason);
    }

    [Fact]
    public void RejectsBinaryContent()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        var result = Assert.Single(_reader.ReadFile(_folder.WriteBytes("a/image.txt", png)));
        Assert.Contains("binary", result.RejectionReason);
    }

    [Fact]
    public void RejectsManyControlCharactersAsBinary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        var result = Assert.Single(_reader.ReadFile(_folder.WriteBytes("a/controls.txt", bytes)));
        Assert.Contains("binary", result.RejectionReason);
    }

    [Fact]
    public void RejectsOversizedFileBeforeReadingIt()
    {
        var reader = ArticleTestFolder.CreateReader(maxInputBytes: 100);
        var path = _folder.Write("a/big.txt", "Headline\n" + new string('x', 200));

        var result = Assert.Single(reader.ReadFile(path));

        Assert.Contains("too large", result.RejectionReason);
        Assert.Contains("Briefing:MaxInputBytes", result.RejectionReason);
    }

    [Fact]
    public void RejectsUndecodableBytes()
    {
        // 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in Windows-1252 and control codes in Latin-1.
        var bytes = Encoding.ASCII.GetBytes("Headline\nBody ").Concat(Enumerable.Repeat(new byte[] { 0x81, 0x8D, 0x41 }, 20).SelectMany(b => b)).ToArray();
        var result = Assert.Single(_reader.ReadFile(_folder.WriteBytes("a/garbled.txt", bytes)));
        Assert.Contains("undecodable", result.RejectionReason);
    }

    [Fact]
    public void RejectsUnsupportedExtension()
    {
        var result = Assert.Single(_reader.ReadFile(_folder.Write("a/sheet.csv", "a,b\n1,2\n")));
        Assert.Contains("unsupported file type '.csv'", result.RejectionReason);
        Assert.False(_reader.IsSupported("sheet.csv"));
        Assert.True(_reader.IsSupported("NEWS.TXT"));
    }

    [Fact]
    public void RejectsAFolderGivenAsFile()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Root, "sub.txt"));
        var result = Assert.Single(_reader.ReadFile(Path.Combine(_folder.Root, "sub.txt")));
        Assert.Contains("folder", result.RejectionReason);
    }

    [Fact]
    public void SetsLastModifiedFromTheFile()
    {
        var path = _folder.Write("a/dated.txt", BbcStyle);
        var when = new DateTime(2026, 11, 26, 8, 30, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, when);
        var seen = new List<ArticleInput>();
        var reader = new ArticleFileReader([new RecordingParser(seen)], Microsoft.Extensions.Options.Options.Create(new Configuration.BriefingOptions()));

        reader.ReadFile(path);

        Assert.Equal(new DateTimeOffset(when), Assert.Single(seen).LastModified);
    }

    [Fact]
    public void TwoParsersForOneExtensionAreRefusedInsteadOfTheLastWinning()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new Configuration.BriefingOptions());

        var error = Assert.Throws<InvalidOperationException>(() => new ArticleFileReader([new PlainTextArticleParser(), new RecordingParser([])], options));

        Assert.Contains("'.txt'", error.Message);
    }

    [Fact]
    public void ReadContentUsesUploadIdAndSameChecks()
    {
        var ok = Assert.Single(_reader.ReadContent("telegram:42", "Sample News.txt", Encoding.UTF8.GetBytes(BbcStyle)));
        var empty = Assert.Single(_reader.ReadContent("telegram:43", "empty.txt", []));
        var binary = Assert.Single(_reader.ReadContent("telegram:44", "x.txt", [0x41, 0, 0x42]));
        var unsupported = Assert.Single(_reader.ReadContent("telegram:45", "x.pdf", Encoding.UTF8.GetBytes("%PDF")));

        Assert.Equal("upload/Sample News", ok.Article!.Id);
        Assert.Contains("empty", empty.RejectionReason);
        Assert.Contains("binary", binary.RejectionReason);
        Assert.Contains("unsupported", unsupported.RejectionReason);
    }

    [Fact]
    public void ReadContentRejectsOversizedUpload()
    {
        var reader = ArticleTestFolder.CreateReader(maxInputBytes: 10);
        var result = Assert.Single(reader.ReadContent("upload", "big.txt", Encoding.UTF8.GetBytes(BbcStyle)));
        Assert.Contains("too large", result.RejectionReason);
    }

    [Fact]
    public void JsonLinesFileReportsBadLineByPathAndNumberWhileOtherLinesIngest()
    {
        var path = _folder.Write("feeds/wire.jsonl", "{\"id\": \"w1\", \"text\": \"One.\"}\n{broken\n{\"id\": \"w3\", \"text\": \"Three.\"}\n");

        var results = _reader.ReadFile(path);

        Assert.Equal(["w1", "w3"], results.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        var rejected = Assert.Single(results, r => r.Article is null);
        Assert.Equal($"{path}:2", rejected.Input);
        Assert.Contains("invalid JSON", rejected.RejectionReason);
    }

    [Fact]
    public void StreamFileHandsOnTheFirstArticleBeforeTheRestOfTheFileIsParsed()
    {
        var path = _folder.Write("feeds/many.txt", "one\ntwo\nthree\n");
        var parsed = new List<string>();
        var reader = new ArticleFileReader([new LinePerArticleParser(parsed)], Microsoft.Extensions.Options.Options.Create(new Configuration.BriefingOptions()));

        using var results = reader.StreamFile(path).GetEnumerator();
        Assert.True(results.MoveNext());

        Assert.Equal("one", results.Current.Article!.Id);
        Assert.Equal(["one"], parsed);
    }

    [Fact]
    public void ParserFailureMidFileKeepsTheArticlesBeforeItAndRejectsTheRest()
    {
        var path = _folder.Write("feeds/odd.txt", "one\ntwo\n!\nfour\n");
        var reader = new ArticleFileReader([new LinePerArticleParser([])], Microsoft.Extensions.Options.Options.Create(new Configuration.BriefingOptions()));

        var results = reader.ReadFile(path);

        Assert.Equal(["one", "two"], results.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        var rejected = Assert.Single(results, r => r.Article is null);
        Assert.Equal(path, rejected.Input);
        Assert.Contains("could not be parsed: odd line", rejected.RejectionReason);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>One article per line, recorded as it is parsed; a line "!" is a parser bug (an exception).</summary>
    private sealed class LinePerArticleParser(List<string> parsed) : IArticleFormatParser
    {
        public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

        public IEnumerable<ArticleReadResult> Parse(ArticleInput input)
        {
            foreach (var line in input.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line == "!") throw new FormatException("odd line");
                parsed.Add(line);
                yield return ArticleReadResult.Ok(input.Input, new Article { Id = line, Title = line, Language = "en", Paragraphs = [line] });
            }
        }
    }

    private sealed class RecordingParser(List<ArticleInput> seen) : IArticleFormatParser
    {
        public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

        public IEnumerable<ArticleReadResult> Parse(ArticleInput input)
        {
            seen.Add(input);
            return [];
        }
    }
}
