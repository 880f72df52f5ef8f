using Briefing.Core.Articles;
using Briefing.Core.Web;
using Xunit.Abstractions;

namespace Briefing.Core.Tests.Web;

public sealed class HtmlArticleParserTests(ITestOutputHelper output)
{
    private readonly HtmlArticleParser _parser = new();

    private Article ParseFile(string fixture, string defaultId = "fixtures/page")
    {
        var result = Assert.Single(_parser.Parse(new ArticleInput(fixture, fixture, TestPages.Read(fixture), defaultId)));
        Assert.Null(result.RejectionReason);
        return result.Article!;
    }

    [Fact]
    public void News_page_keeps_lead_and_body_and_drops_boilerplate()
    {
        var article = ParseFile("news-page.html");

        var kept = TestPages.KeptShare(article.Paragraphs, TestPages.EnglishBody);
        var dropped = TestPages.DroppedShare(article.Title, article.Paragraphs, TestPages.EnglishBoilerplate);
        output.WriteLine($"en page: kept {kept:P0} of body paragraphs, dropped {dropped:P0} of boilerplate lines");
        foreach (var paragraph in article.Paragraphs) output.WriteLine("  | " + paragraph);
        Assert.Equal(1.0, kept);
        Assert.Equal(1.0, dropped);
        Assert.Equal(TestPages.EnglishBody[0], article.Paragraphs[0]); // the lead comes first
    }

    [Fact]
    public void News_page_metadata_comes_from_json_ld_open_graph_lang_and_canonical()
    {
        var article = ParseFile("news-page.html");

        Assert.Equal("Harbour bridge reopens after two years of repairs", article.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 7, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("en", article.Language);
        Assert.Equal("Coastal Herald", article.Source);
        // Canonical URL is the id; the fragment and tracking parameters are not part of it.
        Assert.Equal("https://news.example.org/local/harbour-bridge-reopens", article.Id);
        Assert.Equal(article.Id, article.Url);
    }

    [Fact]
    public void German_page_without_article_element_keeps_body_and_drops_consent_layer()
    {
        var article = ParseFile("news-page-de.html", defaultId: "fixtures/news-page-de");

        var kept = TestPages.KeptShare(article.Paragraphs, TestPages.GermanBody);
        var dropped = TestPages.DroppedShare(article.Title, article.Paragraphs, TestPages.GermanBoilerplate);
        output.WriteLine($"de page: kept {kept:P0} of body paragraphs, dropped {dropped:P0} of boilerplate lines");
        Assert.Equal(1.0, kept);
        Assert.Equal(1.0, dropped);
        Assert.Equal("Stadtrat beschließt neues Radwegenetz", article.Title);
        Assert.Equal("de", article.Language);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 15, 5, 0, TimeSpan.Zero), article.Published);
        // No canonical URL: a file keeps the id the file reader derived from its path.
        Assert.Equal("fixtures/news-page-de", article.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("<html><head><title>Only a title</title></head><body><nav><a href='/'>Home</a></nav></body></html>")]
    public void Page_without_article_text_is_rejected_with_a_reason(string html)
    {
        var result = Assert.Single(_parser.Parse(new ArticleInput("bad.html", "bad.html", html, "x/bad")));

        Assert.Null(result.Article);
        Assert.False(string.IsNullOrWhiteSpace(result.RejectionReason));
    }

    [Fact]
    public void Broken_html_still_yields_its_text()
    {
        const string html = "<html><body><div><h1>Flood warning <b>issued</h2></b><p>Rivers in the north rose by two metres overnight, "
                            + "the weather service said.<table><tr><td>Residents were told to move cars to higher ground.</div></span></p>"
                            + "<p>Schools stay closed on Monday <i>and Tuesday</body></html></html><p>";

        var result = Assert.Single(_parser.Parse(new ArticleInput("broken.html", "broken.html", html, "x/broken")));

        Assert.NotNull(result.Article);
        var text = string.Join(" ", result.Article!.Paragraphs);
        Assert.Contains("Rivers in the north rose by two metres overnight", text);
        Assert.Contains("Schools stay closed on Monday", text);
        Assert.Equal("Flood warning issued", result.Article.Title);
    }

    [Fact]
    public void Parser_claims_html_extensions()
    {
        Assert.Equal([".html", ".htm"], _parser.Extensions);
    }
}
