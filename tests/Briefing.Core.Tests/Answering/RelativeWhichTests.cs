using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Who is the chief executive of X, which is selling new shares?": the "which" of a relative clause asks nothing. Read
/// as a "which X" question with "is" for its head, the person question became a question for any name, and the article
/// about the share sale answered with a cartoon mascot's name. The question still asks for a person in the asked role.
/// </summary>
public sealed class RelativeWhichTests : InventedArticlesTest
{
    public RelativeWhichTests()
    {
        Folder.Write("news/harbourline.txt", """
            Ailing Harbourline plans share sale
            Harbourline, the ferry operator of Kestrel Bay and home of the mascot Captain Puffin, has said it will sell new shares to avoid insolvency.
            The firm's stock fell 12% in Oslo on the news.
            """);
        Folder.Write("news/tidewater.txt", """
            Tidewater raises cash
            Tidewater, the barge company, is selling new shares to pay its debts.
            Chief executive Maria Lund said the sale would secure the firm's future.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_relative_which_does_not_turn_a_person_question_into_any_name()
    {
        var answer = await Engine.AskAsync("Who is the chief executive of Harbourline, which is selling new shares to avoid insolvency?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_article_that_names_the_holder_of_the_role_answers()
    {
        var answer = await Engine.AskAsync("Who is the chief executive of Tidewater, which is selling new shares?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Maria Lund", answer.Text);
    }
}
