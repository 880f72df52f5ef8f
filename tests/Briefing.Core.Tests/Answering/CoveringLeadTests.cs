using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, abstention: a typed question whose answer the candidate detector does not recognise (a description, a
/// common noun) is answered by the sentence that shows the question best, when it shows it well; a near-miss whose
/// best sentence lacks what the question asks for (a number for "how many") is still abstained on.
/// </summary>
public sealed class CoveringLeadTests : InventedArticlesTest
{
    public CoveringLeadTests()
    {
        Folder.Write("news/nordland.txt", """
            Verwaltungsreform in Nordland beschlossen
            Mehrere Kommunen bilden einen Bezirk, dessen Rat alle vier Jahre gewählt wird.
            Nordland verkauft seit dem Frühjahr Aufklärungsdrohnen an das Nachbarland Südmark, wie das Ministerium bestätigte.
            """);
        Folder.Write("news/varga.txt", """
            Inventor Ilse Varga dies
            Ilse Varga had the reputation of an absent-minded professor in popular culture, keeping her shoes in the fridge.
            She spent most of her life in hotels by the sea.
            """);
        Folder.Write("news/turbines.txt", """
            Measuring turbines
            The most useful instrument for testing the output of turbines is the torque recorder.
            It was used routinely by engineers and insurance inspectors from Hamburg and Rotterdam.
            Early versions were in use from 1890.
            """);
        Folder.Write("news/kovac.txt", """
            Preacher Marta Kovac in Linden
            Pilgrims flocked to the town of Linden in great numbers to hear Marta Kovac preach about the river.
            She later published a short commentary on the letters of Paulus Renner.
            Her sermons were printed in many languages.
            """);
        Folder.Write("news/halden.txt", """
            Preacher Jon Brask in Halden
            In great numbers, fishermen sailed to the port of Halden to hear Jon Brask preach about the sea.
            He later published a long commentary on the psalms of Oskar Lind.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_which_question_answered_by_a_description_quotes_the_sentence_that_gives_it()
    {
        var answer = await Engine.AskAsync("Which reputation did Ilse Varga have in popular culture?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("absent-minded professor", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_sentence_restating_the_question_with_its_answer_leads_before_a_neighbour_that_merely_holds_a_name()
    {
        var answer = await Engine.Answers.AskAsync(new AskRequest("Which instrument is used to test the output of a turbine?") { Trace = true }, CancellationToken.None);

        Assert.False(answer.Abstained, string.Join("\n", answer.Trace));
        Assert.True(answer.Citations[0].Quote.Contains("torque recorder"), string.Join("\n", answer.Trace));
    }

    [Fact]
    public async Task A_who_question_answered_by_a_common_noun_quotes_the_sentence_that_restates_it_first()
    {
        var answer = await Engine.Answers.AskAsync(new AskRequest("Who travelled to Linden to hear Marta Kovac preach about the river?") { Trace = true }, CancellationToken.None);

        Assert.False(answer.Abstained, string.Join("\n", answer.Trace));
        Assert.True(answer.Citations[0].Quote.Contains("Pilgrims"), string.Join("\n", answer.Trace));
    }

    [Fact]
    public async Task A_who_question_answered_by_a_plain_noun_quotes_the_sentence_that_restates_it_first()
    {
        var answer = await Engine.Answers.AskAsync(new AskRequest("Who sailed to Halden to hear Jon Brask preach about the sea?") { Trace = true }, CancellationToken.None);

        Assert.False(answer.Abstained, string.Join("\n", answer.Trace));
        Assert.True(answer.Citations[0].Quote.Contains("fishermen"), string.Join("\n", answer.Trace));
    }

    [Fact]
    public async Task A_how_many_question_is_not_answered_by_a_sentence_without_a_number()
    {
        var answer = await Engine.AskAsync("Wie viele Drohnen verkauft Nordland an Südmark?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
