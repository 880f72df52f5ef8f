using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How much did the online games operator pay for its stake in the country's biggest web portal?": the article's lead restates the purchase, and the
/// sentence that states the price ("its shares were purchased ... for about $230m") repeats few of the question's words,
/// so it fell below the lead's coverage floor and the answer was abstained on (issue 10, false abstentions, probes 15-037,
/// 16-041, 23-026). In the article whose sentence restates the question, the asked measure itself marks the sentence as
/// the answer, as a name beside the asked noun does; a sum in another article does not.
/// </summary>
public sealed class MeasureInTheAnswersArticleTests : InventedArticlesTest
{
    public MeasureInTheAnswersArticleTests()
    {
        Folder.Write("news/stake.txt", """
            Nordwerk buys into Kelby Media
            Norland online games operator Nordwerk has bought a 20% stake in Kelby Media, the country's biggest web portal, and may bid for the rest of it. The move surprised analysts in the city. In a filing with regulators, the web portal said its shares were acquired between 12 January and 10 February for about $230m.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_price_stated_further_on_answers_how_much_was_paid()
    {
        var answer = await Engine.AskAsync("How much did the online games operator pay for its stake in the country's biggest web portal?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("$230m", answer.Citations[0].Quote);
    }
}
