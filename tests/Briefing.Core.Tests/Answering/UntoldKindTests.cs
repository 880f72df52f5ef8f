using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Unanswerable details that got a confident citation of a figure or name of the right type about something else
/// (issue 10, thirty-third session): the article says the asked kind of fact is not told ("an undisclosed amount",
/// "although it did not say which") in other words than the question's, and a question for each member's share is
/// answered by the group's total. The answerable twins over the same articles still answer.
/// </summary>
public sealed class UntoldKindTests : InventedArticlesTest
{
    public UntoldKindTests()
    {
        Folder.Write("news/theatre.txt", """
            Businessman buys Kelby theatre
            Local businessman Peter Crane has bought the old Kelby Playhouse at auction for £350,000.
            "We need at least £80,000 to fix the roof before winter," said Mr Crane, who hopes to reopen the Playhouse next summer.
            Mr Crane has already committed an undisclosed amount of money to the rescue of the Playhouse.
            """);
        Folder.Write("news/wines.txt", """
            Harbour Wines sells stakes abroad
            The city of Kelby will sell 20% of Harbour Wines to the Italian Vintra Group, the city's finance office said.
            The city will also sell 10% of Harbour Wines to another foreign company, although it did not say which.
            """);
        Folder.Write("news/marlow.txt", """
            Marlow Bank settles with savers
            Marlow Bank has agreed to pay £40m to savers who lost money when its Harbour fund collapsed, the regulator said.
            """);
        Folder.Write("news/norlink.txt", """
            Norlink to launch recorder box
            Cable firm Norlink is to offer a video recorder in its set-top box. The recorder box will store up to 80 hours of programmes.
            Norlink has yet to reveal pricing for the new recorder box.
            """);
        Folder.Write("news/valleys.txt", """
            Valley towns keep growing
            The populations of the three Kelby valley towns now exceed 40,000, the census office said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("How much money has Peter Crane put into the rescue of the Kelby Playhouse?")]
    [InlineData("Which other foreign company is buying 10% of Harbour Wines?")]
    [InlineData("How much will Norlink charge for its new recorder box?")]
    public async Task An_article_that_says_the_asked_kind_is_not_told_is_no_answer(string question)
    {
        var reply = await Engine.AskAsync(question);

        Assert.True(reply.Abstained, reply.Text);
    }

    [Fact]
    public async Task A_share_for_each_is_not_answered_by_the_total()
    {
        var reply = await Engine.AskAsync("How much will each saver receive from Marlow Bank?");

        Assert.True(reply.Abstained, reply.Text);
    }

    [Theory]
    [InlineData("How much did Peter Crane pay for the Kelby Playhouse?", "£350,000")]
    [InlineData("Which company is buying 20% of Harbour Wines?", "Vintra")]
    [InlineData("How much will Marlow Bank pay to the savers?", "£40m")]
    [InlineData("How many hours of programmes will Norlink's recorder box hold?", "80 hours")]
    [InlineData("Each of the Kelby valley towns has a population that exceeds what number?", "40,000")]
    public async Task The_same_articles_still_answer_what_they_give(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }
}
