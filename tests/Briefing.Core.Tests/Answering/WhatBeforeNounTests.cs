using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// English "what" before a noun of people asks as "which" does, and a year's figure before a noun of people counts them
/// (XQuAD: "What player punched the ball in …?", "How many guests attended the dinner …?" over "attended by 2000 guests").
/// Questions and sentences invented.
/// </summary>
public sealed class WhatBeforeNounTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("What player scored the winning goal in the final?")]
    [InlineData("What researcher first described the virus?")]
    [InlineData("What famous author wrote about the flood?")]
    [InlineData("What other European leader studied in Vienna?")]
    [InlineData("After the strike, what union leader resigned?")]
    public void What_before_a_noun_of_people_asks_for_a_person(string question)
    {
        Assert.Equal(AnswerType.Person, ExpectedAnswerType.Of(question));
    }

    [Theory]
    [InlineData("What device is used to treat the poisoning?")]
    [InlineData("What did the researchers find in the cave?")]
    [InlineData("What killed the famous actress?")]
    [InlineData("What happened to the players after the match?")]
    public void What_before_a_thing_a_verb_or_a_function_word_asks_for_no_person(string question)
    {
        Assert.NotEqual(AnswerType.Person, ExpectedAnswerType.Of(question));
    }

    [Fact]
    public void A_years_figure_before_a_noun_of_people_counts_them_for_a_count()
    {
        var candidates = AnswerCandidates.Of("The opening was celebrated with a grand dinner attended by 2000 guests.", AnswerType.Number, "en", Names, countsOnly: true);
        Assert.Contains("2000", candidates);
    }

    [Theory]
    [InlineData("The market was opened in 2000 and is listed.")]
    [InlineData("In 2004 the town had a grand dinner.")]
    public void A_years_figure_before_anything_else_is_still_a_year(string sentence)
    {
        Assert.DoesNotContain(AnswerCandidates.Of(sentence, AnswerType.Number, "en", Names, countsOnly: true), k => k is "2000" or "2004");
    }
}
