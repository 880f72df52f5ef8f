using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

/// <summary>English past forms, one reader for the verb-use, past-clause and phrasal-verb checks (issue 10).</summary>
public sealed class EnglishVerbFormsTests
{
    [Theory]
    [InlineData("watched", true)]
    [InlineData("increased", true)]
    // A double e is the stem's; "hundred" ends in "-red" without an ending; a capitalised word is a name.
    [InlineData("speed", false)]
    [InlineData("need", false)]
    [InlineData("hundred", false)]
    [InlineData("Ahmed", false)]
    // Too short to be a stem and an ending.
    [InlineData("bed", false)]
    public void ReadsAnEdForm(string word, bool expected) => Assert.Equal(expected, EnglishVerbForms.IsEdForm(word));

    [Fact]
    public void AnIrregularPastHasTheFormsADictionaryListsItsPhrasesUnder()
    {
        Assert.True(EnglishVerbForms.IsIrregularPast("Sold"));
        Assert.Contains("taken", EnglishVerbForms.OtherFormsOfIrregularPast("took"));
        Assert.Empty(EnglishVerbForms.OtherFormsOfIrregularPast("watched"));
    }

    /// <summary>One list of determiners: the articles, possessives and demonstratives, not the conjunction "that".</summary>
    [Fact]
    public void DeterminersOpenANounPhrase()
    {
        Assert.Contains("the", EnglishFunctionWords.Determiners);
        Assert.Contains("their", EnglishFunctionWords.Determiners);
        Assert.Contains("those", EnglishFunctionWords.Determiners);
        Assert.DoesNotContain("that", EnglishFunctionWords.Determiners);
    }
}
