using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How many films …?": a sentence that names the counted noun leads only when one of its figures counts it. The lede
/// "will feature two new competitions for films" names films and shows more of the question, but its figure counts
/// competitions; "Thirty-eight films will debut" counts the films (probe18-035, "Forty-two films will debut at Sundance").
/// All articles are invented.
/// </summary>
public sealed class CountedNounLeadTests : InventedArticlesTest
{
    public CountedNounLeadTests()
    {
        Folder.Write("news/harlow.txt", """
            Harlow film festival widens its programme
            The Harlow film festival will feature two new competitions for films from abroad during its January season.
            Organisers said the festival had grown every year since it began in a disused cinema.
            Thirty-eight films will debut at Harlow, including a documentary by the local director Ann Pryce.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_sentence_whose_figure_counts_the_asked_noun_leads()
    {
        var answer = await Engine.AskAsync("How many films will premiere at the Harlow film festival?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.StartsWith("Thirty-eight films", answer.Citations[0].Quote);
    }
}
