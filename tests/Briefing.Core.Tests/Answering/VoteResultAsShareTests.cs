using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Mit welchem Ergebnis wurde die Parteichefin gewählt?": the result of an election or a vote is given as the share of
/// the votes ("mit 97,4 Prozent") as often as a tally; a match's score never is. Read only as a tally, the sentence that
/// states the share had no asked unit (probe 23-019).
/// </summary>
public sealed class VoteResultAsShareTests
{
    [Theory]
    [InlineData("Mit welchem Ergebnis wurde die Grünen-Chefin 2009 an die Parteispitze gewählt?")]
    [InlineData("What was the result of the referendum on the new constitution?")]
    public void A_vote_result_is_stated_by_a_share(string question)
    {
        var unit = AskedUnit.Of(question);
        Assert.Equal(AskedUnit.Measure.Score, unit?.Kind);
        Assert.True(unit!.IsStatedIn("Bei meiner ersten Wahl 2009 haben mir die Delegierten mit 97,4 Prozent ein großes Geschenk gemacht."));
        Assert.True(unit.IsStatedIn("The proposal was backed by 61% of voters."));
    }

    [Theory]
    [InlineData("Mit welchem Ergebnis hat Irland England geschlagen?")]
    [InlineData("Mit welchem Ergebnis gewann die deutsche Auswahl gegen Italien?")]
    [InlineData("What was the final score in the match against Wales?")]
    public void A_match_score_is_not_stated_by_a_share(string question) =>
        Assert.False(AskedUnit.Of(question)!.IsStatedIn("Ireland kept 61% of possession in the second half."));

    /// <summary>A question for when the result was out names the vote's result, but asks no share (probe 45-040).</summary>
    [Fact]
    public void A_when_question_naming_the_result_is_not_stated_by_a_share() =>
        Assert.False(AskedUnit.Of("Wann lag das amtliche Endergebnis der Gemeinderatswahl vor?")?.IsStatedIn("Die Mittel steigen auf 3,35 Prozent des BIP.") == true);
}
