using Briefing.Core.Articles;

namespace Briefing.Core.Tests.Articles;

public sealed class JsonLinesArticleParserTests
{
    private readonly JsonLinesArticleParser _parser = new();

    private List<ArticleReadResult> Parse(string text) => _parser.Parse(ArticleInputs.Of("feed.jsonl", text)).ToList();

    [Fact]
    public void KeepsRecordIdAndReadsAllFields()
    {
        var article = Assert.Single(Parse("{\"id\": \"10kgnad-test-0000\", \"title\": \"Gewerkschaft lanciert Rechner\", \"text\": \"Wien – Die Gewerkschaft sieht Handlungsbedarf.\\nDas ist der Gewerkschaft zu wenig.\", \"source\": \"derStandard.at\", \"url\": \"https://example.org/a\", \"published\": \"2026-11-26T09:15:00+01:00\", \"language\": \"de\", \"category\": \"Wirtschaft\"}")).Article!;

        Assert.Equal("10kgnad-test-0000", article.Id);
        Assert.Equal("Gewerkschaft lanciert Rechner", article.Title);
        Assert.Equal(["Wien – Die Gewerkschaft sieht Handlungsbedarf.", "Das ist der Gewerkschaft zu wenig."], article.Paragraphs);
        Assert.Equal("derStandard.at", article.Source);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 9, 15, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal("de", article.Language);
        Assert.Equal("feed.jsonl:1", article.Origin);
    }

    [Fact]
    public void BadLinesAreRejectedWithLineNumberWhileOthersParse()
    {
        var results = Parse(string.Join('\n',
            "{\"id\": \"a\", \"text\": \"First article text.\"}",
            "{\"id\": \"b\", \"text\": ",
            "",
            "{\"id\": \"c\", \"title\": \"No text\"}",
            "{\"id\": \"d\", \"text\": \"   \"}",
            "[1, 2]",
            "{\"id\": \"e\", \"text\": 42}",
            "{\"id\": \"f\", \"text\": \"Last article text.\"}"));

        Assert.Equal(["a", "f"], results.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        var rejected = results.Where(r => r.Article is null).ToDictionary(r => r.Input, r => r.RejectionReason);
        Assert.Equal(["feed.jsonl:2", "feed.jsonl:4", "feed.jsonl:5", "feed.jsonl:6", "feed.jsonl:7"], rejected.Keys);
        Assert.Contains("invalid JSON", rejected["feed.jsonl:2"]);
        Assert.Contains("missing \"text\"", rejected["feed.jsonl:4"]);
        Assert.Contains("empty", rejected["feed.jsonl:5"]);
        Assert.Contains("not a JSON object", rejected["feed.jsonl:6"]);
        Assert.Contains("must be a string", rejected["feed.jsonl:7"]);
    }

    [Fact]
    public void WithoutIdTheIdIsStemPlusContentHashAndStable()
    {
        const string line = "{\"title\": \"Storm closes harbour\", \"text\": \"The harbour closed on Tuesday.\"}";
        var first = Assert.Single(Parse(line)).Article!;
        var again = Parse("{\"text\": \"other\"}\n" + line)[1].Article!;

        Assert.Matches("^feed-[0-9a-f]{12}$", first.Id);
        Assert.Equal(first.Id, again.Id);
    }

    [Fact]
    public void WithoutTitleTheFirstSentenceIsTheTitleCutNear120Chars()
    {
        var longSentence = string.Join(' ', Enumerable.Repeat("Der Stadtrat beschloss lange Diskussionen", 6)) + ".";
        var results = Parse($"{{\"text\": \"Der Hafen bleibt zu. Am Mittwoch soll er öffnen.\"}}\n{{\"text\": \"{longSentence} Zweiter Satz.\"}}");

        Assert.Equal("Der Hafen bleibt zu.", results[0].Article!.Title);
        var cut = results[1].Article!.Title;
        Assert.True(cut.Length <= 121, cut);
        Assert.EndsWith("…", cut);
        Assert.StartsWith("Der Stadtrat beschloss", cut);
    }

    [Theory]
    [InlineData("2026-11-26", "2026-11-26T00:00:00+00:00")]
    [InlineData("2026-11-26T10:00:00", "2026-11-26T10:00:00+00:00")]
    [InlineData("2026-11-26T10:00:00Z", "2026-11-26T10:00:00+00:00")]
    [InlineData("2026-11-26 10:00+02:00", "2026-11-26T10:00:00+02:00")]
    public void ParsesPublishedLeniently(string published, string expected)
    {
        var article = Assert.Single(Parse($"{{\"text\": \"x\", \"published\": \"{published}\"}}")).Article!;
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.Published);
    }

    [Fact]
    public void InvalidPublishedIsNullNotARejection()
    {
        var article = Assert.Single(Parse("{\"text\": \"x\", \"published\": \"last Tuesday\"}")).Article!;
        Assert.Null(article.Published);
    }

    [Theory]
    [InlineData("de", "The harbour closed on Tuesday after the storm.", "de")]
    [InlineData("EN-gb", "Der Hafen wurde am Dienstag geschlossen.", "en")]
    [InlineData("klingon", "Der Hafen wurde am Dienstag nach dem Sturm geschlossen.", "de")]
    [InlineData(null, "The harbour was closed on Tuesday after the storm.", "en")]
    public void UsesGivenLanguageWhenValidElseDetects(string? language, string text, string expected)
    {
        var languageJson = language is null ? "" : $", \"language\": \"{language}\"";
        var article = Assert.Single(Parse($"{{\"text\": \"{text}\"{languageJson}}}")).Article!;
        Assert.Equal(expected, article.Language);
    }
}
