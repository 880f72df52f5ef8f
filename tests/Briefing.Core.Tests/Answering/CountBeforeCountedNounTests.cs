using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How many guests attended the dinner?" of "a grand dinner attended by 2000 guests" (XQuAD, Grainger Market): a
/// year-shaped figure right before the question's counted noun is the count, as after "mehr als" it is a quantity.
/// Before another noun, or after a preposition of time, it stays a year.
/// </summary>
public sealed class CountBeforeCountedNounTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    private static IReadOnlySet<string> Counts(string sentence, string countedNoun) =>
        AnswerCandidates.Of(sentence, AnswerType.Number, "en", Names, countsOnly: true,
            isCountedNoun: word => word.StartsWith(countedNoun, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("The opening was celebrated with a grand dinner attended by 2000 guests.", "guest")]
    [InlineData("Zur Eröffnung kamen 2000 Gäste.", "gäste")]
    public void A_year_shaped_figure_before_the_counted_noun_counts(string sentence, string noun) =>
        Assert.Contains("2000", Counts(sentence, noun));

    [Fact]
    public void Before_another_noun_it_stays_a_year() =>
        Assert.DoesNotContain("2000", Counts("The market opened in spring 2000 guests said.", "visitor"));

    [Theory]
    [InlineData("In 2010 people voted for the new mayor.")]
    [InlineData("Since 2010 people have moved away.")]
    [InlineData("In March 2010 people took to the streets.")]
    public void After_a_preposition_of_time_or_a_month_it_stays_a_year(string sentence) =>
        Assert.DoesNotContain("2010", Counts(sentence, "people"));

    [Fact]
    public void Without_a_counted_noun_a_bare_year_counts_nothing() =>
        Assert.DoesNotContain("2000", AnswerCandidates.Of("A grand dinner attended by 2000 guests.", AnswerType.Number, "en", Names, countsOnly: true));
}
