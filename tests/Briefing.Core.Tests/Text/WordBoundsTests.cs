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

    [Theory]
    [InlineData("24 hours before kick-off, 24 Hours later", "24 hours", new[] { 0, 26 })]
    [InlineData("124 hours and 24 hoursly", "24 hours", new int[0])]
    [InlineData("zwei Jahre zuvor, zwei Jahre", "zwei Jahre", new[] { 0, 18 })]
    [InlineData("nothing here", "", new int[0])]
    public void A_phrase_occurs_wherever_it_stands_as_a_word_whatever_its_case(string text, string phrase, int[] starts)
    {
        Assert.Equal(starts, WordBounds.Occurrences(text, phrase));
    }
}
