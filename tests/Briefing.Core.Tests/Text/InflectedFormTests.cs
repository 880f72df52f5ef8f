using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class InflectedFormTests
{
    [Theory]
    [InlineData("Schulen", "Schule", true)]
    [InlineData("Protests", "Protest", true)]
    [InlineData("schools", "School", true)]
    [InlineData("Arthur", "Art", false)]
    [InlineData("Holzhäuser", "Häuser", false)]
    public void NounEndingsAllowEveryPluralAndCaseEnding(string word, string noun, bool form)
    {
        Assert.Equal(form, InflectedForm.Is(word, noun, InflectedForm.NounEndings));
    }

    [Theory]
    [InlineData("Flusses", "Fluss", true)]
    [InlineData("HOTELS", "hotel", true)]
    [InlineData("Spitalen", "Spital", false)]
    public void SEndingsAllowOnlyAGenitiveOrPluralS(string word, string noun, bool form)
    {
        Assert.Equal(form, InflectedForm.Is(word, noun, InflectedForm.SEndings));
    }

    [Fact]
    public void PersonNounEndingsAddTheFemaleAndAgentForms()
    {
        Assert.True(InflectedForm.IsEnding("innen", InflectedForm.PersonNounEndings));
        Assert.True(InflectedForm.IsEnding("ERN", InflectedForm.PersonNounEndings));
        Assert.False(InflectedForm.IsEnding("innen", InflectedForm.NounEndings));
    }
}
