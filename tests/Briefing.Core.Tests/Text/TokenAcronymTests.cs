using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class TokenAcronymTests
{
    [Theory]
    [InlineData("PCs")] // a plural
    [InlineData("MEPs")]
    [InlineData("LGs")] // a German genitive, written without an apostrophe
    [InlineData("U.S.s")] // an acronym with dots is still one
    public void An_acronym_and_a_lower_case_s(string word) => Assert.True(Token.IsAcronymWithS(word));

    [Theory]
    [InlineData("USA")] // an acronym without the s
    [InlineData("Abs")] // a word: one capital
    [InlineData("As")] // too short to be two capitals and an s
    [InlineData("PCS")] // a capital S belongs to the acronym
    [InlineData("G7s")] // one letter is no acronym
    public void Not_an_acronym_and_an_s(string word) => Assert.False(Token.IsAcronymWithS(word));
}
