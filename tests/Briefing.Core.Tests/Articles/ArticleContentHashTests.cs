using Briefing.Core.Articles;

namespace Briefing.Core.Tests.Articles;

public sealed class ArticleContentHashTests
{
    [Fact]
    public void IsLowercaseHexSha256()
    {
        var hash = ArticleContentHash.Compute(ArticleInputs.Article("a", "Body."));
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void IgnoresIdWhitespaceAndParagraphBreaks()
    {
        var a = ArticleInputs.Article("bbc/business/007", "Profits rose.", "Shares  fell.");
        var b = ArticleInputs.Article("bbc/business/253", " Profits rose. Shares\n fell. ") with { Title = " Title\t" };

        Assert.Equal(ArticleContentHash.Compute(a), ArticleContentHash.Compute(b));
    }

    [Fact]
    public void NormalisesUnicodeToNfc()
    {
        var composed = ArticleInputs.Article("a", "Gr\u00FC\u00DFe aus K\u00F6ln.");
        var decomposed = ArticleInputs.Article("b", "Gru\u0308\u00DFe aus Ko\u0308ln.");

        Assert.Equal(ArticleContentHash.Compute(composed), ArticleContentHash.Compute(decomposed));
    }

    [Fact]
    public void ChangesWithTitleTextOrCase()
    {
        var original = ArticleInputs.Article("a", "Profits rose.");
        var hash = ArticleContentHash.Compute(original);

        Assert.NotEqual(hash, ArticleContentHash.Compute(original with { Title = "Other" }));
        Assert.NotEqual(hash, ArticleContentHash.Compute(ArticleInputs.Article("a", "Profits fell.")));
        Assert.NotEqual(hash, ArticleContentHash.Compute(ArticleInputs.Article("a", "profits rose.")));
    }

    [Fact]
    public void TitleAndBodyBoundaryMatters()
    {
        var a = ArticleInputs.Article("a", "B C") with { Title = "A" };
        var b = ArticleInputs.Article("a", "C") with { Title = "A B" };
        Assert.NotEqual(ArticleContentHash.Compute(a), ArticleContentHash.Compute(b));
    }
}
