using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How much debt did Leeds United have when Krasner's board took over?" (issue 10, how-much abstentions): the sentence
/// with the figure names the club and says what is asked, but the rarest name of the question (whose board) stands
/// elsewhere in the first-ranked article, not next to it. Without <c>CandidateSentence.ShowsCoreInArticle</c> the
/// sentence was "far from the question's names" and the question abstained ("no relevant sentence holds a new Number").
/// </summary>
public sealed class FigureBesideSomeNamesTests : InventedArticlesTest
{
    public FigureBesideSomeNamesTests()
    {
        Folder.Write("news/sale.txt", """
            Rovers sold to local businessmen
            Norbridge Rovers have been sold to a group of local businessmen, the club said on Friday. The new owners will take control next month. "When we took over Norbridge Rovers in May 2019, the club had a debt of £64m, since then we have cut it every year," the outgoing chairman said. Supporters had protested outside the ground for two seasons. The new owners promised to invest in the youth academy. Chairman Mikko Valtonen and his fellow directors will leave at the end of the month.
            """);
        Folder.Write("news/match.txt", """
            Norbridge Rovers beat Eastfield
            Norbridge Rovers beat Eastfield 2-1 on Saturday to climb to fifth in the table. Norbridge Rovers scored twice in the second half.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_figure_next_to_the_club_answers_though_the_board_is_named_elsewhere()
    {
        var answer = await Engine.AskAsync("How much debt did Norbridge Rovers have when Valtonen's board took over?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("£64m", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Another_persons_figure_is_still_no_answer()
    {
        // The article names no such person: the details check abstains, as before.
        var answer = await Engine.AskAsync("How much debt did Norbridge Rovers have when Kowalski's board took over?");
        Assert.True(answer.Abstained, answer.Text);
    }
}
