using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A how-much question is answered by a sum of the asked measure: "How much did it cost to make the film?" over "the film
/// … taking $36.5m on its first weekend" abstains (the sum is takings, not a cost), while the article that says what the
/// film cost still answers, and so does a sentence whose sum no word governs. All articles are invented.
/// </summary>
public sealed class SumMeasuresTests : InventedArticlesTest
{
    public SumMeasuresTests()
    {
        Folder.Write("news/gearworks.txt", """
            Gearworks tops US box office
            Animated film Gearworks has opened at the top of the US box office chart, taking $41.2m on its first weekend on release.
            The film features the voices of several Hollywood stars.
            """);
        Folder.Write("news/moonbay.txt", """
            Moonbay opens in cinemas
            The animated film Moonbay, which cost $80m to make, opened at the top of the US box office chart, taking $12.5m on its first weekend.
            """);
        Folder.Write("news/harbourlight.txt", """
            Harbourlight lawsuit filed
            Actor Dean Corrow is suing the Harbourlight studio over the film's ending. Corrow is demanding $3m in damages from the studio.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_sum_the_film_took_does_not_answer_what_it_cost()
    {
        var reply = await Engine.AskAsync("How much did it cost to make the animated film Gearworks?");

        Assert.True(reply.Abstained, reply.Text);
    }

    [Theory]
    [InlineData("How much did it cost to make the animated film Moonbay?", "$80m")]
    [InlineData("How much money is Dean Corrow demanding in damages from the Harbourlight studio?", "$3m")]
    public async Task A_sum_of_the_asked_measure_still_answers(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }
}
