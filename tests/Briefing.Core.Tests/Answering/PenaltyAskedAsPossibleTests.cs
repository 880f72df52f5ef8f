using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie viele Jahre Haft drohen dem Bürgermeister bei einer Verurteilung?", "How many years in prison could the captain
/// face if convicted?": the question asks the penalty that may come, and the sentence naming it as possible ("drohen bis
/// zu sieben Jahre Haft", "faces up to 12 years") answers it. The check that a penalty asked for was imposed took it
/// for a threat only and abstained (issue 10, false abstentions). A question for the sentence passed is still not
/// answered by the threat.
/// </summary>
public sealed class PenaltyAskedAsPossibleTests : InventedArticlesTest
{
    public PenaltyAskedAsPossibleTests()
    {
        Folder.Write("news/buergermeister.txt", """
            Anklage gegen Bürgermeister von Dornbach
            Die Staatsanwaltschaft hat den Bürgermeister von Dornbach wegen Untreue angeklagt.
            Dem Bürgermeister drohen bei einer Verurteilung bis zu sieben Jahre Haft.
            """);
        Folder.Write("news/captain.txt", """
            Trawler captain charged over harbour crash
            The captain of the trawler Northern Gull has been charged over the crash in Kelby harbour.
            He faces up to 12 years in prison if convicted, prosecutors said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Die_drohende_Strafe_beantwortet_wie_viel_droht()
    {
        var answer = await Engine.AskAsync("Wie viele Jahre Haft drohen dem Bürgermeister von Dornbach bei einer Verurteilung?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("sieben Jahre Haft", answer.Text);
    }

    [Fact]
    public async Task The_possible_term_answers_what_he_could_face()
    {
        var answer = await Engine.AskAsync("How many years in prison could the Northern Gull captain face if convicted?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("12 years", answer.Text);
    }

    [Fact]
    public async Task The_possible_term_does_not_answer_the_sentence_passed()
    {
        var answer = await Engine.AskAsync("How many years in prison was the Northern Gull captain sentenced to?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
