using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "What is the last name of the player who …?" (issue 10): the relative clause says who is asked, so the sentence
/// that names the doer of its action ("recovered by Tomas Erling") answers, though it never writes the person noun ("player"). It abstained for
/// want of a name beside "player".
/// </summary>
public sealed class DoerOfRelativeClauseTests : InventedArticlesTest
{
    public DoerOfRelativeClauseTests()
    {
        Folder.Write("news/final.txt", """
            Westbridge hold on to win the cup
            Westbridge beat Harrow Vale 2-1 in the cup final on Saturday.
            Harrow Vale pressed for an equaliser in the last minute, and after a scramble for the loose ball, it was recovered by Tomas Erling near the line.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_doer_of_the_asked_action_names_the_asked_person()
    {
        var answer = await Engine.AskAsync("What is the last name of the player who recovered the loose ball for Westbridge?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Tomas Erling", answer.Citations[0].Quote);
    }
}
