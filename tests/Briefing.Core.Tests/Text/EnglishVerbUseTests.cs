using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class EnglishVerbUseTests
{
    private static bool IsVerb(string question, string word) => EnglishVerbUse.IsVerbAt(question, question.IndexOf(" " + word + " ", StringComparison.Ordinal) + 1, word);

    [Theory]
    // A past form.
    [InlineData("How many spectators watched Bristol City's win?", "watched")]
    // A bare verb after an inverted auxiliary's subject, before its object or "to".
    [InlineData("How many schoolmates will the Austrian defensive lineman watch the 50th Super Bowl with?", "watch")]
    [InlineData("How many vehicles does Britain want to be building again by 2018?", "want")]
    [InlineData("Where did the tycoon once use his clout?", "use")]
    // A form in -ing after a form of "be", names between.
    [InlineData("At which venue was Ian Brown playing when he got into the scuffle?", "playing")]
    // The form of "be" opening the question, capitalised, is not skipped as a name.
    [InlineData("Was Ian Brown playing at the Apollo?", "playing")]
    [InlineData("How many vehicles does Britain want to be building again by 2018?", "building")]
    public void ReadsAVerbUse(string question, string word) => Assert.True(IsVerb(question, word));

    [Theory]
    // A noun after its own determiner, even before another determiner or "to".
    [InlineData("When did the plan to close the mine fail?", "plan")]
    [InlineData("Where did the company's plan to grow fail?", "plan")]
    // A noun in -ing or -eed that no form of "be" comes before.
    [InlineData("How many died in the shooting at the school?", "shooting")]
    [InlineData("What top data speed does the plan give you?", "speed")]
    // A noun without an auxiliary before it.
    [InlineData("What top data speed does A1's new prepaid plan give you?", "plan")]
    [InlineData("Which firm won the contract to build the bridge?", "contract")]
    public void ReadsANoun(string question, string word) => Assert.False(IsVerb(question, word));
}
