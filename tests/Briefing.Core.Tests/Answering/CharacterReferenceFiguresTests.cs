using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "What connection speed does the British Library's new wireless network offer?" (issue 10, unanswerable; probe45-052)
/// was answered with "… the auditorium, caf&amp;#233;, restaurant …": some BBC files keep HTML character references, and the
/// number reader took the 233 of "&amp;#233;" for a figure of the story.
/// </summary>
public sealed class CharacterReferenceFiguresTests
{
    [Theory]
    [InlineData("a nearby internet caf&#233; to access their e-mail")]
    [InlineData("the caf&#xE9; and the auditorium")]
    public void A_character_reference_holds_no_figure(string text)
    {
        Assert.Empty(NumberTokens.In(text));
    }

    [Fact]
    public void Figures_beside_a_character_reference_are_still_read()
    {
        Assert.Equal(["11", "233"], NumberTokens.In("the eleven reading rooms, 11 in all, caf&#233;, room 233").ToArray());
    }
}
