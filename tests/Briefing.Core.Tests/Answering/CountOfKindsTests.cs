using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions: "How many kinds of food can the printer work with?" counts the food, which the article
/// counts without the word of kind ("more than 30 foods", "über 30 Lebensmittel"). Read as a count of "kinds", every
/// figure of the article counted other things, and the question abstained on the sentence that answers it.
/// </summary>
public sealed class CountOfKindsTests : InventedArticlesTest
{
    public CountOfKindsTests()
    {
        Folder.Write("news/printer.txt", """
            Printing dinner
            The start-up Druckwerk has built a kitchen printer. Druckwerk's printer can now print more than 30 foods, from chocolate to mashed potatoes.
            The firm in Graz has 12 staff and sold its first printers last year.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_count_of_kinds_is_answered_by_a_count_of_the_sorted_noun()
    {
        var answer = await Engine.AskAsync("How many kinds of food can Druckwerk's printer print?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("30 foods", answer.Citations[0].Quote);
    }
}
