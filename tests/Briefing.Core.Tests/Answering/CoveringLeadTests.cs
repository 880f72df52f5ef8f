using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, abstention: a typed question whose answer the candidate detector does not recognise (a common noun, a
/// description) is answered by the sentence that shows the question best, when it shows it well; a near-miss whose
/// best sentence lacks what the question asks for (a number for "how many") is still abstained on.
/// </summary>
public sealed class CoveringLeadTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly EngineFixture _engine;

    public CoveringLeadTests()
    {
        _engine = new EngineFixture(_folder);
        _folder.Write("news/nordland.txt", """
            Verwaltungsreform in Nordland beschlossen
            Mehrere Kommunen bilden einen Bezirk, dessen Rat alle vier Jahre gewählt wird.
            Nordland verkauft seit dem Frühjahr Aufklärungsdrohnen an das Nachbarland Südmark, wie das Ministerium bestätigte.
            """);
        _folder.Write("news/storm.txt", """
            Storm closes Nordhafen harbour
            A local fisherman brought all forty passengers of the stranded ferry ashore after the storm in Nordhafen.
            The harbour will stay closed until the wreck has been towed away, the port authority said.
            """);
        _engine.IngestAsync(_folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_who_question_answered_by_a_common_noun_quotes_the_sentence_that_shows_it()
    {
        var answer = await _engine.AskAsync("Who brought the ferry passengers ashore after the storm in Nordhafen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("A local fisherman", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_how_many_question_is_not_answered_by_a_sentence_without_a_number()
    {
        var answer = await _engine.AskAsync("Wie viele Drohnen verkauft Nordland an Südmark?");

        Assert.True(answer.Abstained, answer.Text);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }
}
