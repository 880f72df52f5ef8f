using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie oft …?", "How many times …?", "How many months in a row …?" are answered by an ordinal of a series as much as by
/// a count ("zum dritten Mal", "for the fourth time", "the 19th month in a row"); a seeding ("Third seed") counts nothing
/// (issue 10: "Third seed Tim Henman" answered how many times rain stopped his match).
/// </summary>
public sealed class OrdinalSeriesTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("Der Verein hat den Cup am Sonntag zum vierten Mal gewonnen.", "de", "vierten")]
    [InlineData("Die Arbeitslosigkeit ist im siebten Monat in Folge gesunken.", "de", "siebten")]
    [InlineData("The club won the cup for the fourth time on Sunday.", "en", "fourth")]
    [InlineData("Prices rose for the ninth month in a row in May.", "en", "ninth")]
    [InlineData("It was the bank's seventh consecutive quarterly loss.", "en", "seventh")]
    public void An_ordinal_of_a_series_counts_when_the_question_asks_how_often(string sentence, string language, string key) =>
        Assert.Contains(key, AnswerCandidates.Of(sentence, AnswerType.Number, language, Names, seriesAsked: true));

    [Theory]
    [InlineData("Der Verein hat den Cup am Sonntag zum vierten Mal gewonnen.", "de", "vierten")]
    [InlineData("The club won the cup for the fourth time on Sunday.", "en", "fourth")]
    public void An_ordinal_of_a_series_is_no_figure_for_other_questions(string sentence, string language, string key) =>
        Assert.DoesNotContain(key, AnswerCandidates.Of(sentence, AnswerType.Number, language, Names));

    [Theory]
    [InlineData("Der Verein hat den Cup zum ersten Mal gewonnen.", "de")]
    [InlineData("The club won the cup for the first time.", "en")]
    public void A_first_time_counts_no_series(string sentence, string language) =>
        Assert.Empty(AnswerCandidates.Of(sentence, AnswerType.Number, language, Names, seriesAsked: true));

    [Theory]
    [InlineData("Third seed Tim Henman lost his quarter-final in Dubai.", "en", "third")]
    [InlineData("Der an Nummer fünf gesetzte Spanier schied in der ersten Runde aus.", "de", "5")]
    public void A_seeding_is_no_figure(string sentence, string language, string key) =>
        Assert.DoesNotContain(key, AnswerCandidates.Of(sentence, AnswerType.Number, language, Names, seriesAsked: true));

    [Theory]
    [InlineData("Wie oft hat der Verein den Pokal schon gewonnen?", true)]
    [InlineData("In wie vielen Spielen in Folge hat er getroffen?", true)]
    [InlineData("How many times did rain stop the match?", true)]
    [InlineData("How many months in a row have prices risen?", true)]
    [InlineData("Wie viele Zuschauer kamen zum Spiel?", false)]
    [InlineData("How much did prices rise in May?", false)]
    public void Questions_of_how_often_are_recognised(string question, bool asked) =>
        Assert.Equal(asked, OrdinalSeries.IsAsked(question));
}
