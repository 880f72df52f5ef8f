using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How many people signed the petition?" over "8,000 signatures were collected" (issue 10, false abstentions): the article
/// counts the act's tallies (signatures, votes, arrests), not the people, and names no person noun, so the figure counted
/// "other things" and the bot abstained ("no relevant sentence holds a new Number"). A tally counts the asked people only
/// where the question asks about that act.
/// </summary>
public sealed class ActTallyCountTests : InventedArticlesTest
{
    public ActTallyCountTests()
    {
        Folder.Write("news/petition.txt", """
            Petition against the Harlow bypass
            Residents of Harlow have protested against the planned bypass through the Marsh Woods.
            On the campaign's website more than 8,000 signatures against the road have been collected so far.
            The council will debate the plan in March, its leader Joan Pettifer said on Monday.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Signatures_count_the_people_who_signed()
    {
        var answer = await Engine.AskAsync("How many people signed the petition against the Harlow bypass?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("8,000 signatures", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Signatures_do_not_count_people_of_another_act()
    {
        var answer = await Engine.AskAsync("How many people marched against the Harlow bypass?");

        Assert.DoesNotContain("8,000", answer.Abstained ? "" : answer.Citations[0].Quote);
    }
}
