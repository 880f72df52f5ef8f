using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie oft …?" is answered in one word as often as in two: "zwölfmal", "zwanzigmal", "twice". Not read as a figure,
/// the sentence with the count held nothing new and the lede that restates the question led (issue 10).
/// </summary>
public sealed class TimesInOneWordTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("Seit Jänner ist die Heizung im Gemeindeamt zwölfmal ausgefallen.", "de", "zwölfmal")]
    [InlineData("Der Lift blieb heuer schon zwanzigmal stecken.", "de", "zwanzigmal")]
    [InlineData("The ferry had to turn back twice last winter.", "en", "twice")]
    public void A_count_of_times_in_one_word_is_a_figure(string sentence, string language, string figure) =>
        Assert.Contains(figure, AnswerCandidates.Of(sentence, AnswerType.Number, language, Names));

    [Theory]
    [InlineData("Diesmal ist die Heizung im Gemeindeamt nicht ausgefallen.", "de")]
    [InlineData("Manchmal bleibt der Lift einmal im Monat stecken.", "de")]
    public void A_word_ending_in_mal_without_a_count_is_none(string sentence, string language) =>
        Assert.Empty(AnswerCandidates.Of(sentence, AnswerType.Number, language, Names));
}
