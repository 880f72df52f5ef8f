using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

public sealed class GermanNameEndingsTests
{
    [Theory]
    [InlineData("Altendorf")]
    [InlineData("Bergstetten")]
    [InlineData("Rotweiler")]
    [InlineData("Kleinhofen")]
    public void A_town_ending_few_surnames_have(string word) => Assert.True(GermanNameEndings.HasTownEnding(word));

    [Theory]
    [InlineData("Rosenberg")] // surnames end so as often as towns
    [InlineData("Dorf")] // the ending alone
    [InlineData("Ordorf")] // too short a stem before it
    [InlineData("altendorf")] // not capitalised
    [InlineData("AltenDorf")] // a capital inside
    public void No_town_ending(string word) => Assert.False(GermanNameEndings.HasTownEnding(word));

    [Theory]
    [InlineData("berg", true)]
    [InlineData("dorf", true)] // a town ending is a name tail too
    [InlineData("weiler", true)]
    [InlineData("schule", false)]
    public void Name_tails(string tail, bool expected) => Assert.Equal(expected, GermanNameEndings.IsNameTail(tail));
}
