using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class WordBoundsTests
{
    [Theory]
    [InlineData("the Sun said", "Sun", true)]
    [InlineData("Sun-Times reported", "Sun", true)]
    [InlineData("told the Sun.", "Sun", true)]
    [InlineData("Sunderland won", "Sun", false)]
    [InlineData("the Sunday paper", "Sun", false)]
    [InlineData("Team Sun2 won", "Sun", false)]
    [InlineData("in the BigSun", "Sun", false)]
    public void A_name_found_by_its_characters_stands_as_a_word_only_with_no_letter_or_digit_joined(string text, string name, bool stands)
    {
        var index = text.IndexOf(name, StringComparison.Ordinal);

        Assert.Equal(stands, WordBounds.StandsAsWord(text, index, name.Length));
    }
}
