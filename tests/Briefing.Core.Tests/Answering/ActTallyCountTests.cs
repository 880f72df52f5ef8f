using Briefing.Core.Answering;
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
        Folder.Write("news/derby.txt", """
            Crowd trouble at the Eastfield derby
            Police in riot gear were confronted by home supporters after Eastfield beat Norbury 2-0 on Saturday.
            Police said there had been 11 arrests for alleged public order offences.
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

    [Fact]
    public async Task Arrests_count_arrested_people()
    {
        var answer = await Engine.AskAsync("How many people did police arrest after the Eastfield derby against Norbury?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("11 arrests", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Arrests_do_not_say_the_arrested_were_the_asked_fans()
    {
        // A tally says who did the act and nothing more: the asked "fans" are not named by "11 arrests".
        var answer = await Engine.AskAsync("How many fans were arrested after the Eastfield derby against Norbury?");

        Assert.DoesNotContain("11 arrests", answer.Abstained ? "" : answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Wie viele Wähler haben für die Partei gestimmt?", "Wähler", false, "Stimmen", true)]
    [InlineData("Wie viele Menschen haben die Petition unterschrieben?", "Menschen", true, "Unterschriften", true)]
    [InlineData("How many voters are registered in Ohio?", "voters", false, "votes", false)]
    [InlineData("How many people protested against the arrests?", "people", true, "arrests", false)]
    public void A_tally_counts_the_people_only_where_the_question_asks_the_act_by_its_verb(string question, string askedNoun, bool generic, string tally, bool counts) =>
        Assert.Equal(counts, ActTallies.CountsActorsOf(question, askedNoun, generic, tally));
}
