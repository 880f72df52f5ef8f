using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Where in Scotland has X been training?" is not answered by the place of something else the article mentions ("is set
/// to compete at Kelby this weekend"): a sentence that shows nothing the question asks besides its names places another
/// event (issue 10, unanswerable detail). The sentence that places the asked event still answers. Invented articles.
/// </summary>
public sealed class PlaceOfAnotherEventTests : InventedArticlesTest
{
    public PlaceOfAnotherEventTests()
    {
        Folder.Write("news/varley.txt", """
            Sprinter Kim Varley prepares in Scotland
            Kim Varley has spent the winter training in Scotland before the indoor season. The 24-year-old is set to compete at Kelby this weekend.
            """);
        Folder.Write("news/moray.txt", """
            Sprinter Tom Moray prepares in Scotland
            Tom Moray has spent the winter training in Scotland before the indoor season. He has been training at the track in Dunmore with his new coach.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_place_said_of_another_event_does_not_answer()
    {
        var reply = await Engine.AskAsync("Where in Scotland has Kim Varley been training?");

        Assert.True(reply.Abstained, reply.Text);
        Assert.Empty(reply.Citations);
    }

    [Fact]
    public async Task The_place_of_the_asked_event_still_answers()
    {
        var reply = await Engine.AskAsync("Where in Scotland has Tom Moray been training?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("Dunmore", reply.Text);
    }
}
