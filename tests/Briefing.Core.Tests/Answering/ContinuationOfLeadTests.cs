using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, the asked fact in the answer: a question no candidate type fits ("What was the first problem …?", "Welche
/// Aufgaben …?") is led by the sentence that shows it best, which often only sets the scene; the fact follows in the next
/// sentence in words of its own, too few of the question's to join the answer on coverage (<c>ContinuationOfLead</c>).
/// </summary>
public sealed class ContinuationOfLeadTests : InventedArticlesTest
{
    public ContinuationOfLeadTests()
    {
        Folder.Write("news/kestrel.txt", """
            Kestrel rehearsal delayed
            The rehearsal countdown of the Kestrel rocket at Varnholm began on Tuesday morning and was immediately plagued with problems.
            First the crew noticed a strange smell in the cabin, which delayed the sealing of the hatch.
            The operator has not yet set a new date.
            """);
        Folder.Write("news/hafen.txt", """
            Neue Hafenmeisterei in Kelmstad
            Die Hafenmeisterei in Kelmstad hat seit Montag einen neuen Leiter, der mehrere Aufgaben von der Stadt übernimmt.
            Dazu gehören die Vergabe der Liegeplätze und die Aufsicht über die Fähren.
            Das Gebäude am Kai wird im Sommer renoviert.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_sentence_after_a_scene_setting_lead_joins_the_answer_of_an_untyped_question()
    {
        var answer = await Engine.AskAsync("What was the first problem during the Kestrel rehearsal countdown?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("plagued with problems", answer.Citations[0].Quote);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("strange smell"));
    }

    [Fact]
    public async Task A_german_sentence_pointing_back_to_the_lead_joins_the_answer()
    {
        var answer = await Engine.AskAsync("Was übernimmt der neue Leiter der Hafenmeisterei in Kelmstad von der Stadt?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Vergabe der Liegeplätze"));
    }

    [Fact]
    public async Task A_lead_holding_the_asked_kind_takes_no_continuation()
    {
        var answer = await Engine.AskAsync("Where did the Kestrel rehearsal countdown begin?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Varnholm", answer.Citations[0].Quote);
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("strange smell"));
    }
}
