using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, "In welchem Wiener Kino …?": the festival's lede restates the question with places of its own (Kanada, the USA)
/// and the cinema is named a sentence on, closed into one word with the asked noun ("im Wiener Metrokino"). That word marks
/// the name as the asked venue (<see cref="Briefing.Core.Answering.NameCompounds.Closed"/>), so its sentence leads. Articles invented.
/// </summary>
public sealed class VenueNamedInOneWordAnswerTests : InventedArticlesTest
{
    public VenueNamedInOneWordAnswerTests()
    {
        Folder.Write("news/trickfilm.txt", """
            Wiener Kino zeigt Trickfilme aus Kanada
            Wien – Beim Trickfilmfestival Flimmerfrau laufen in diesem Jahr viele Filme aus Kanada, die selbst in den USA kaum jemand kennt.
            Im Wiener Lumikino sind die kanadischen Arbeiten bis Sonntag zu sehen.
            Der Eintritt ist an allen Tagen frei.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_venue_named_in_one_word_with_the_asked_noun_leads()
    {
        var answer = await Engine.AskAsync("In welchem Wiener Kino laufen beim Trickfilmfestival Flimmerfrau die Filme aus Kanada?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Lumikino", answer.Citations[0].Quote);
    }
}
