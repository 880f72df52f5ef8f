using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "What is the prize money for the award?", "Auf welchen Satz senkt die Regierung die Steuer?": a sum of money asked by
/// a noun that ends in a word of money, and a tax or interest rate asked with "welcher Satz", are figures. Read as no
/// type or as a name, the sentence restating the question led, not the one with the sum or the percentage (issue 10,
/// wrong sentence).
/// </summary>
public sealed class SumOrRateByItsNounTests : InventedArticlesTest
{
    public SumOrRateByItsNounTests()
    {
        Folder.Write("news/poetry.txt", """
            Harbourside poetry prize opens to all
            The Harbourside poetry prize was founded after critics said regional awards ignored young poets. Four poets from Wales are among the writers on this year's longlist. The new £40,000 award will be handed out in Swansea in October.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("What is the prize money for the new poetry award?")]
    [InlineData("What was the transfer money for the striker?")]
    [InlineData("Was ist das Preisgeld für den neuen Lyrikpreis?")]
    [InlineData("Auf welchen Satz senkt die Regierung die Körperschaftsteuer?")]
    [InlineData("Welchen Steuersatz zahlen Firmen künftig?")]
    [InlineData("In welcher Höhe fällt die Entschädigung aus?")]
    public void A_sum_or_rate_asked_by_its_noun_is_a_figure(string question) =>
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));

    [Theory]
    [InlineData("What is the prize for the new poetry award?")]
    [InlineData("Welchen Ansatz verfolgt die Regierung?")]
    [InlineData("Welcher Satz im Vertrag ist umstritten?")]
    public void Other_nouns_ask_no_figure(string question) =>
        Assert.NotEqual(AnswerType.Number, ExpectedAnswerType.Of(question));

    [Fact]
    public async Task The_sum_answers_what_the_prize_money_is()
    {
        var answer = await Engine.AskAsync("What is the prize money for the Harbourside poetry prize?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("£40,000", answer.Citations[0].Quote);
    }
}
