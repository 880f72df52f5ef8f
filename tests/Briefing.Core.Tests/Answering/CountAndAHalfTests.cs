using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Insgesamt benötigte er lediglich rund viereinhalb Stunden": German writes any count and a half as one word, and only
/// "eineinhalb" to "dreieinhalb" were listed, so the sentence held no new length of time and "How long did the streamer
/// need …?" was abstained on though its article was retrieved first (issue 10, probe44-040).
/// </summary>
public sealed class CountAndAHalfTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("Insgesamt benötigte er lediglich rund viereinhalb Stunden vom Anfang bis zum Abspann.", "viereinhalb stunden")]
    [InlineData("Der Bau dauerte sechseinhalb Jahre.", "sechseinhalb jahre")]
    [InlineData("Die Sperre gilt für eineinhalb Jahre.", "eineinhalb jahre")]
    public void A_count_and_a_half_before_a_time_unit_is_a_duration(string sentence, string duration) =>
        Assert.Contains(duration, AnswerCandidates.Of(sentence, AnswerType.Duration, "de", Names));

    [Theory]
    [InlineData("viereinhalb", true)]
    [InlineData("zwölfeinhalb", true)]
    [InlineData("anderthalb", true)]
    // Not a count before "einhalb": no fraction.
    [InlineData("Steinhalb", false)]
    [InlineData("einhalb", false)]
    public void Only_a_count_word_before_einhalb_makes_a_fraction(string word, bool fraction) =>
        Assert.Equal(fraction, AnswerCandidates.IsFraction(word));
}
