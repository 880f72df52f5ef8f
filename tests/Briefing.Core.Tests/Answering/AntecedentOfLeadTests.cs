using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, the asked fact in the answer: a lead that points back to the sentence before it ("These include …", "For
/// example, …") is credited with that sentence's words and wins over it, though the sentence it refers to names the
/// answer; quoted alone it does not even say what it is about. The sentence before is quoted first (<c>AntecedentOfLead</c>).
/// </summary>
public sealed class AntecedentOfLeadTests : InventedArticlesTest
{
    public AntecedentOfLeadTests()
    {
        Folder.Write("news/brennmoor.txt", """
            Powers of the Brennmoor assembly
            The Brennmoor assembly was set up in 1999 and meets in the old town hall.
            The assembly is unable to legislate on such issues that are reserved to, and dealt with at, Talvik.
            These include fishing quotas, the harbour police and the water supply of the islands.
            The assembly does decide on schools, roads and local planning.
            """);
        Folder.Write("news/orvel.txt", """
            Numbers in the Orvel school curriculum
            Pupils in Orvel learn early what a square number is.
            A square number is the product of a whole number with itself.
            For example, 9 is a square number because it is 3 times 3, while 8 is not.
            Teachers say the topic is popular.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_lead_opening_with_these_is_quoted_after_the_sentence_it_refers_to()
    {
        var answer = await Engine.AskAsync("Where are fishing quotas and the harbour police of Brennmoor dealt with?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("dealt with at, Talvik", answer.Citations[0].Quote);
        Assert.Contains("These include fishing quotas", answer.Citations[1].Quote);
    }

    [Fact]
    public async Task An_example_is_quoted_after_the_statement_it_illustrates()
    {
        var answer = await Engine.AskAsync("What is a number called that is 3 times 3?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("product of a whole number with itself", answer.Citations[0].Quote);
        Assert.Contains(answer.Citations, c => c.Quote.StartsWith("For example", StringComparison.Ordinal));
    }
}
