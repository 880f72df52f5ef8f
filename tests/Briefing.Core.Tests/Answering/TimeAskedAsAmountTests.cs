using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie viel Zeit wollte Schelling den Sozialpartnern geben?" asks a length of time ("nur ein halbes Jahr Zeit"), as "wie
/// lange" does. Read as a figure ("wie viel"), the sentence with "ein halbes Jahr" held no candidate and a sentence with
/// a year of another rule led (issue 10).
/// </summary>
public sealed class TimeAskedAsAmountTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("Wie viel Zeit wollte der Finanzminister den Sozialpartnern geben?")]
    [InlineData("Wieviel Zeit bleibt den Rettern noch?")]
    [InlineData("How much time did the court give the company to comply?")]
    public void An_amount_of_time_asks_a_duration(string question) =>
        Assert.Equal(AnswerType.Duration, ExpectedAnswerType.Of(question));

    [Theory]
    [InlineData("Wie viel Geld wollte der Finanzminister den Sozialpartnern geben?")]
    [InlineData("How much money did the court give the company?")]
    public void An_amount_of_anything_else_stays_a_figure(string question) =>
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));

    [Fact]
    public void Half_a_year_in_words_is_a_duration() =>
        Assert.Contains("halbes jahr", AnswerCandidates.Of("Er wollte den Sozialpartnern nur ein halbes Jahr Zeit geben.", AnswerType.Duration, "de", Names));
}
