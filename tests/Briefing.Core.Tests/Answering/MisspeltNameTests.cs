using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// People type names from memory: a name the question misspells by one letter, which no article writes, is shown by
/// the article that spells it right; a name that no article comes close to still makes the bot abstain.
/// </summary>
public sealed class MisspeltNameTests : InventedArticlesTest
{
    public MisspeltNameTests()
    {
        Folder.Write("news/museum.txt", """
            Museum receives a famous collection
            In 1857 the textile merchant John Sheepshanks donated 233 paintings to the museum in London.
            The collection is shown in a new wing since May.
            """);
        Folder.Write("news/harbour.txt", """
            Harbour works delayed
            The harbour authority said the new quay will open two months late because of the storms in March.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_name_misspelt_by_one_letter_is_answered_from_the_article_that_spells_it()
    {
        var answer = await Engine.AskAsync("How many paintings did John Sheeshanks donate to the museum?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("233 paintings", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_name_no_article_comes_close_to_still_abstains()
    {
        var answer = await Engine.AskAsync("How many paintings did John Shawcross donate to the museum?");

        Assert.True(answer.Abstained);
        Assert.Contains("Shawcross", answer.Text);
    }
}
