using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// An ordinal before a superlative ("the sixth largest power producer", "the second-biggest bank") places a thing among
/// others and counts nothing (issue 10: "sixth" answered "How many projects were suspended?" from a sentence about
/// another firm). An ordinal that counts ("for the sixth time" asked how often) and plain counts stay figures.
/// </summary>
public sealed class OrdinalBeforeSuperlativeTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("The firm is the largest utility in India, and the sixth largest power producer in the world.", "sixth")]
    [InlineData("It is the country's second-biggest bank by assets.", "second")]
    [InlineData("Paris is the third most visited city in the world.", "third")]
    public void A_place_among_the_biggest_is_no_figure(string sentence, string key) =>
        Assert.DoesNotContain(key, AnswerCandidates.Of(sentence, AnswerType.Number, "en", Names));

    [Theory]
    [InlineData("Six projects, the largest worth $2bn, were suspended.", "6")]
    [InlineData("The club won the cup for the sixth time, its biggest run yet.", "sixth")]
    public void Counts_beside_a_superlative_stay_figures(string sentence, string key) =>
        Assert.Contains(key, AnswerCandidates.Of(sentence, AnswerType.Number, "en", Names, seriesAsked: true));
}
