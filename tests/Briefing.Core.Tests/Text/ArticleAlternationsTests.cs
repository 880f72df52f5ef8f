using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class ArticleAlternationsTests
{
    public static TheoryData<string, string> Alternations => new()
    {
        { nameof(ArticleAlternations.German), ArticleAlternations.German },
        { nameof(ArticleAlternations.English), ArticleAlternations.English },
        { nameof(ArticleAlternations.Any), ArticleAlternations.Any },
        { nameof(ArticleAlternations.Definite), ArticleAlternations.Definite },
        { nameof(ArticleAlternations.Possessive), ArticleAlternations.Possessive },
        { nameof(ArticleAlternations.AnyOrPossessive), ArticleAlternations.AnyOrPossessive },
        { nameof(ArticleAlternations.GermanDefiniteOrPossessive), ArticleAlternations.GermanDefiniteOrPossessive },
        { nameof(ArticleAlternations.EnglishDefiniteOrPossessive), ArticleAlternations.EnglishDefiniteOrPossessive },
        { nameof(ArticleAlternations.DefiniteOrPossessive), ArticleAlternations.DefiniteOrPossessive },
    };

    /// <summary>An empty alternative ("der||die") would let a pattern's article group match nothing; a word listed twice says two lists overlap.</summary>
    [Theory]
    [MemberData(nameof(Alternations))]
    public void EveryAlternativeIsOneArticleOrPossessiveOnce(string name, string alternation)
    {
        var words = alternation.Split('|');
        Assert.All(words, w => Assert.Matches(@"^\p{Ll}+$", w));
        Assert.True(words.Length == words.Distinct().Count(), name + " lists a word twice");
        Assert.All(words, w => Assert.True(
            FunctionWords.IsDefiniteArticle(w) || FunctionWords.IsIndefiniteArticle(w)
            || FunctionWords.IsThirdPersonPossessive(w, "de") || FunctionWords.IsThirdPersonPossessive(w, "en"), name + ": " + w));
    }

    [Fact]
    public void PossessiveAlternationsAreTheLanguagesLists()
    {
        Assert.Equal(GermanFunctionWords.ThirdPersonPossessives, GermanFunctionWords.ThirdPersonPossessiveAlternation.Split('|'));
        Assert.Equal(EnglishFunctionWords.ThirdPersonPossessives, EnglishFunctionWords.ThirdPersonPossessiveAlternation.Split('|'));
        Assert.All(GermanFunctionWords.ThirdPersonPossessives, w => Assert.True(FunctionWords.IsThirdPersonPossessive(w, "de"), w));
        Assert.All(EnglishFunctionWords.ThirdPersonPossessives, w => Assert.True(FunctionWords.IsThirdPersonPossessive(w, "en"), w));
    }

    [Theory]
    [InlineData("in der Halle", true)]
    [InlineData("in the hall", true)]
    [InlineData("in seinem Haus", true)]
    [InlineData("in their house", true)]
    [InlineData("in dieser Halle", false)]
    [InlineData("in another hall", false)]
    public void APatternBuiltFromThemTakesWholeWordsOnly(string phrase, bool article)
    {
        var pattern = new Regex(@"^in\s+(" + ArticleAlternations.DefiniteOrPossessive + @")\s+\p{L}+$", RegexOptions.IgnoreCase);
        Assert.Equal(article, pattern.IsMatch(phrase));
    }
}
