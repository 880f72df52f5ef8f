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
        Folder.Write("news/kelmstad.txt", """
            Harbour festival opens in Kelmstad
            The harbour festival in Kelmstad opened on Friday with a parade led by the mayor, Tomas Brenner.
            Before the festival opened, volunteers from the local rowing club scrubbed the old lighthouse steps.
            Tickets for the concerts on the pier sold out within an hour.
            """);
        Folder.Write("news/orlen.txt", """
            Orlen abbey museum reopens
            The abbey museum in Orlen reopened in 2019 after a long renovation.
            Wandering monks from the coast built the abbey at Orlen in the early twelfth century, using stone from the river.
            Visitors can climb the bell tower on weekends.
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
    public async Task A_sentence_restating_the_question_with_its_answer_follows_a_neighbour_that_merely_holds_a_name()
    {
        var answer = await Engine.AskAsync("Which instrument is used to test the output of a turbine?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("torque recorder"));
    }

    [Fact]
    public async Task A_who_question_answered_by_a_common_noun_quotes_the_sentence_that_restates_it_after_the_named_lead()
    {
        var answer = await Engine.AskAsync("Who scrubbed the old lighthouse steps in Kelmstad?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("volunteers from the local rowing club"));
    }

    [Fact]
    public async Task A_when_question_answered_by_a_century_quotes_the_sentence_that_restates_it_after_the_dated_lead()
    {
        var answer = await Engine.AskAsync("In which century did wandering monks build the abbey at Orlen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("early twelfth century"));
    }

    [Fact]
    public async Task A_how_many_question_is_not_answered_by_a_sentence_without_a_number()
    {
        var answer = await Engine.AskAsync("Wie viele Drohnen verkauft Nordland an Südmark?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
