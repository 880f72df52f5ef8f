using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// English "what" before a noun of people asks as "which" does (XQuAD: "What player punched the ball in …?").
/// Questions and sentences invented.
/// </summary>
public sealed class WhatBeforeNounTests
{
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
}
