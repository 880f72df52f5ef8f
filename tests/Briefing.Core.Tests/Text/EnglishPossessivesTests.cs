using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class EnglishPossessivesTests
{
    [Theory]
    [InlineData("What did iLOQ's founder say?", "What did iLOQ founder say?")]
    [InlineData("the EU’s fund and Kenya's bank", "the EU fund and Kenya bank")]
    [InlineData("How much is the G20's plan?", "How much is the G20 plan?")]
    [InlineData("the boss's car", "the boss car")]
    [InlineData("Lewis's", "Lewis")]
    [InlineData("the 'smart' scheme's cost", "the 'smart' scheme cost")]
    public void The_possessive_after_a_word_or_a_number_is_removed(string text, string expected) =>
        Assert.Equal(expected, EnglishPossessives.Without(text));

    [Theory]
    [InlineData("the Smiths' house")] // a plural's bare apostrophe is no "'s"
    [InlineData("'s Hertogenbosch")] // nor an "'s" that follows no word
    [InlineData("the 'sales' figure")]
    public void An_s_not_right_after_a_word_is_kept(string text) => Assert.Equal(text, EnglishPossessives.Without(text));
}
