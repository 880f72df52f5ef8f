using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A match's score counts nothing: "How many times did rain stop the match?" is not answered by "going 2-0 up", nor
/// "Wie viele Zuschauer …?" by "gewann mit 2:1" (issue 10); a range that counts a noun after it still counts.
/// </summary>
public sealed class MatchScoresTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("Henman had looked on course after going 2-0 up in the second set.", "en", "2")]
    [InlineData("The Croatian booked his place with a 7-5 6-4 victory over the British number one.", "en", "5")]
    [InlineData("Rapid gewann das Derby am Sonntag mit 2:1.", "de", "2")]
    public void A_side_of_a_score_is_no_count(string sentence, string language, string figure) =>
        Assert.DoesNotContain(figure, AnswerCandidates.Of(sentence, AnswerType.Number, language, Names, countsOnly: true));

    [Theory]
    [InlineData("The repairs will take 10-12 days, the operator said.", "en", "12")]
    [InlineData("Im Stadion waren 12.000 Zuschauer beim 2:1 gegen Sturm.", "de", "12000")]
    [InlineData("There were seven breaks for rain during the match.", "en", "7")]
    public void Counts_beside_or_outside_a_score_still_count(string sentence, string language, string figure) =>
        Assert.Contains(figure, AnswerCandidates.Of(sentence, AnswerType.Number, language, Names, countsOnly: true));
}
