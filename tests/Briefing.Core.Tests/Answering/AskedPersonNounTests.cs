using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, unanswerable who-questions: "What's the name of the fan who …?" asks for a person by a plain noun. The
/// article that tells the story without naming the fan names the spokesman who reports it ("A fan climbed on stage …,
/// spokesman Ross Kendal said"), and that name answered. A name right beside the asked noun ("The fan, Dale Morton,")
/// is the asked one. Articles invented.
/// </summary>
public sealed class AskedPersonNounTests : InventedArticlesTest
{
    public AskedPersonNounTests()
    {
        Folder.Write("news/gig.txt", """
            Singer hurt at Harbour Hall gig
            Singer Lena Fry was slightly hurt during a concert at Harbour Hall in Dunmore on Friday.
            A fan climbed on stage and pushed the singer into a monitor speaker, label spokesman Ross Kendal said.
            The concert was stopped for twenty minutes.
            """);
        Folder.Write("news/match.txt", """
            Pitch invader banned by Kilbride club
            Kilbride Rovers have banned a supporter who ran onto the pitch during Saturday's derby.
            The fan, Dale Morton, was led away by stewards after he hugged the goalkeeper.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_name_away_from_the_asked_noun_does_not_answer()
    {
        var answer = await Engine.AskAsync("What's the name of the fan who climbed on stage at the Harbour Hall concert?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_name_beside_the_asked_noun_answers()
    {
        var answer = await Engine.AskAsync("What's the name of the fan who ran onto the pitch during the Kilbride derby?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Dale Morton", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("What was the name of the driver injured in Castlebay?")]
    [InlineData("What was the name of the woman arrested at Heathrow?")]
    public void A_function_word_before_a_name_is_no_asked_noun(string question)
    {
        Assert.Null(AskedPersonNoun.Of(question));
    }

    [Fact]
    public void The_noun_before_who_is_the_asked_noun()
    {
        Assert.Equal("fan", AskedPersonNoun.Of("What's the name of the fan who ran onto the pitch?"));
    }
}
