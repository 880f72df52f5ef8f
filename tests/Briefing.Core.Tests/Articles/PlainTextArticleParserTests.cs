using Briefing.Core.Articles;

namespace Briefing.Core.Tests.Articles;

public sealed class PlainTextArticleParserTests
{
    private readonly PlainTextArticleParser _parser = new();

    private Article ParseOne(string text) => Assert.Single(_parser.Parse(ArticleInputs.Of("a.txt", text))).Article!;

    [Fact]
    public void BlankLineSeparatedParagraphsLikeBbcFiles()
    {
        var article = ParseOne("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76%.\n\nThe firm, which is now one of the biggest investors in Google, benefited.\n");

        Assert.Equal("Ad sales boost Time Warner profit", article.Title);
        Assert.Equal(["Quarterly profits at US media giant TimeWarner jumped 76%.", "The firm, which is now one of the biggest investors in Google, benefited."], article.Paragraphs);
        Assert.Equal("en", article.Language);
        Assert.Equal("test/article", article.Id);
    }

    [Fact]
    public void OneParagraphPerLineLikeTheSeedArticle()
    {
        var article = ParseOne("\n\nDer Außenminister reist nach China\nAraghchi rief zu einer Ausweitung der Zusammenarbeit auf\n\nDer iranische Außenminister nahm am Dienstag an der Sitzung teil.\nTrotz einer bestehenden Allianz haben beide Mächte keine Unterstützung angeboten.\nDie SCO wurde 2001 gegründet.\n\nDie Mitarbeiter von All Israel News sind ein Team von Journalisten in Israel\n");

        Assert.Equal("Der Außenminister reist nach China", article.Title);
        Assert.Equal(5, article.Paragraphs.Count);
        Assert.Equal("Araghchi rief zu einer Ausweitung der Zusammenarbeit auf", article.Paragraphs[0]);
        Assert.Equal("Die SCO wurde 2001 gegründet.", article.Paragraphs[3]);
        Assert.Equal("de", article.Language);
    }

    [Fact]
    public void JoinsHardWrappedLinesOfABlockIntoOneParagraph()
    {
        var article = ParseOne("Headline\n\nThe council voted on Tuesday to close the\nold bridge for repairs, a decision that\nwill affect thousands of commuters.\n\nWork starts in spring.\n");

        Assert.Equal(["The council voted on Tuesday to close the old bridge for repairs, a decision that will affect thousands of commuters.", "Work starts in spring."], article.Paragraphs);
    }

    [Fact]
    public void HandlesWindowsLineEndings()
    {
        var article = ParseOne("Headline\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n");
        Assert.Equal(["First paragraph.", "Second paragraph."], article.Paragraphs);
    }

    [Fact]
    public void RejectsAHeadlineWithoutText()
    {
        var result = Assert.Single(_parser.Parse(ArticleInputs.Of("a.txt", "Only a headline\n\n")));
        Assert.Null(result.Article);
        Assert.Contains("no article text", result.RejectionReason);
    }
}
