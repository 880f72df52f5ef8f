using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>The parts taken in a game or a play are person titles too: one list, which AskedFact reads as no post.</summary>
public sealed class PartsTakenTests
{
    [Theory]
    [InlineData("Spieler")]
    [InlineData("Schauspielerin")]
    [InlineData("actor")]
    public void PartTakenIsAPersonTitle(string word)
    {
        Assert.Contains(word, (IReadOnlySet<string>)NameContext.PartsTaken);
        Assert.True(NameContext.IsPersonTitle(word));
    }

    [Theory]
    [InlineData("Bürgermeister")]
    [InlineData("mayor")]
    [InlineData("coach")]
    public void PostIsNoPartTaken(string word) => Assert.DoesNotContain(word, (IReadOnlySet<string>)NameContext.PartsTaken);
}
