using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Unanswerable count questions (issue 10, detail) were answered when the lead's figure counts other things and a
/// further chosen sentence's figure, in words and by no counted noun of the question's, was taken to count the asked
/// thing: "How many shows … did Britney Spears play?" over "the 82-date tour" and "suing eight insurance companies". The
/// sentence whose figure answers names the counted thing, as a lead must. Invented articles.
/// </summary>
public sealed class CountingSentenceNamesItsNounTests : InventedArticlesTest
{
    public CountingSentenceNamesItsNounTests()
    {
        Folder.Write("news/tour.txt", """
            Singer Mara Lind sues over cancelled Talbach tour
            Singer Mara Lind is suing eight insurance companies that refused to pay for the cancelled Talbach tour.
            She is now seeking to be reimbursed for the tour's costs in a claim filed at a court in Norby.
            The legal submission described Lind as one of the best known performers in her industry.
            The 24-year-old star missed a number of shows on the 60-date Talbach tour after injuring her knee.
            """);
        Folder.Write("news/festival.txt", """
            Band Kelbach Nights ends its Norby tour early
            The band Kelbach Nights played twelve shows of its Norby tour before the drummer fell ill.
            The band has sold three albums since its start.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_figure_in_words_of_another_noun_does_not_answer_beside_a_lead_counting_other_things()
    {
        var answer = await Engine.AskAsync("How many shows of the Talbach tour did Mara Lind actually play before she called it off?");

        Assert.True(answer.Abstained);
    }

    [Fact]
    public async Task A_figure_in_words_of_the_asked_noun_answers()
    {
        var answer = await Engine.AskAsync("How many shows of the Norby tour did Kelbach Nights play?");

        Assert.False(answer.Abstained);
        Assert.Contains("twelve shows", answer.Text);
    }
}
