using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class FunctionWordsTests
{
    [Theory]
    [InlineData("können")]
    [InlineData("Können")]
    [InlineData("koennen")]
    [InlineData("während")]
    [InlineData("über")]
    [InlineData("the")]
    [InlineData("Which")]
    [InlineData("wann")]
    [InlineData("said")]
    [InlineData("lautet")]
    public void FunctionWordsAreKnownInAnySpelling(string word)
    {
        Assert.True(FunctionWords.IsFunctionWord(word));
    }

    [Theory]
    [InlineData("Sturmflut")]
    [InlineData("ferry")]
    [InlineData("Nordhafen")]
    [InlineData("gegründet")]
    [InlineData("2001")]
    public void ContentWordsAreNot(string word)
    {
        Assert.False(FunctionWords.IsFunctionWord(word));
    }

    [Fact]
    public void FunctionWordsArePerLanguage()
    {
        Assert.True(FunctionWords.IsFunctionWord("während", "de"));
        Assert.False(FunctionWords.IsFunctionWord("während", "en"));
        Assert.True(FunctionWords.IsOnlyGerman("nicht"));
        Assert.True(FunctionWords.IsOnlyEnglish("the"));
        Assert.False(FunctionWords.IsOnlyGerman("in"));
    }

    [Fact]
    public void QuestionWordsAnaphorsAndGenericWordsHaveTheirOwnRoles()
    {
        Assert.True(FunctionWords.IsQuestionWord("Wie"));
        Assert.True(FunctionWords.IsQuestionWord("called"));
        Assert.False(FunctionWords.IsQuestionWord("Lawrow"));
        Assert.True(FunctionWords.IsAnaphor("sie"));
        Assert.True(FunctionWords.IsAnaphor("they"));
        Assert.False(FunctionWords.IsAnaphor("Fähre"));
        Assert.True(FunctionWords.IsGeneric("Menschen"));
        Assert.True(FunctionWords.IsGeneric("worldwide"));
        Assert.False(FunctionWords.IsGeneric("Sturmflut"));
    }

    [Theory]
    [InlineData("Der", true)]
    [InlineData("dem", true)]
    [InlineData("The", true)]
    [InlineData("ein", false)]
    [InlineData("dieser", false)]
    [InlineData("a", false)]
    public void DefiniteArticlesAreACategoryOfTheirOwn(string word, bool definite)
    {
        Assert.Equal(definite, FunctionWords.IsDefiniteArticle(word));
    }

    [Theory]
    [InlineData("Ein", "de", true)]
    [InlineData("eines", "de", true)]
    [InlineData("einem", "de", true)]
    [InlineData("der", "de", false)]
    [InlineData("kein", "de", false)]
    [InlineData("a", "de", false)]
    [InlineData("An", "en", true)]
    [InlineData("a", "en", true)]
    [InlineData("ein", "en", false)]
    [InlineData("the", "en", false)]
    [InlineData("another", "en", false)]
    public void IndefiniteArticlesArePerLanguage(string word, string language, bool indefinite)
    {
        Assert.Equal(indefinite, FunctionWords.IsIndefiniteArticle(word, language));
    }

    [Theory]
    [InlineData("einer", true)]
    [InlineData("an", true)]
    [InlineData("die", false)]
    [InlineData("one", false)]
    public void IndefiniteArticlesOfEitherLanguage(string word, bool indefinite)
    {
        Assert.Equal(indefinite, FunctionWords.IsIndefiniteArticle(word));
    }

    [Theory]
    [InlineData("seinem", "de", true)]
    [InlineData("Ihres", "de", true)]
    [InlineData("ihr", "de", true)]
    [InlineData("mein", "de", false)]
    [InlineData("his", "de", false)]
    [InlineData("Their", "en", true)]
    [InlineData("its", "en", true)]
    [InlineData("her", "en", true)]
    [InlineData("my", "en", false)]
    [InlineData("seine", "en", false)]
    public void ThirdPersonPossessivesArePerLanguage(string word, string language, bool possessive)
    {
        Assert.Equal(possessive, FunctionWords.IsThirdPersonPossessive(word, language));
    }

    [Fact]
    public void ArticlesAndPossessivesAreFunctionWordsOfTheirLanguage()
    {
        foreach (var word in GermanFunctionWords.IndefiniteArticles.Concat(GermanFunctionWords.ThirdPersonPossessives))
            Assert.True(FunctionWords.IsFunctionWord(word, "de"), word);
        foreach (var word in EnglishFunctionWords.IndefiniteArticles.Concat(EnglishFunctionWords.ThirdPersonPossessives))
            Assert.True(FunctionWords.IsFunctionWord(word, "en"), word);
    }
}
