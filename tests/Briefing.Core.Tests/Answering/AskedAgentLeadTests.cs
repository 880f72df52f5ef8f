using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, who-questions answered with a sentence naming other people: the asked person is often named as the doer
/// of the question's action in the passive ("directed by Ellen Marsh", "das von Ellen Marsh inszenierte Drama"), after
/// the object, so a sentence with other names and the same words (an award named after someone) scored as well and
/// led, and the lead's pronoun of someone else ("a fisherman who loses his boat") put another named person first.
/// The reading itself (also "is to be replaced by", "(Regie: ...)") is in <see cref="AskedKindCandidateTests"/>. Articles invented.
/// </summary>
public sealed class AskedAgentLeadTests : InventedArticlesTest
{
    public AskedAgentLeadTests()
    {
        Folder.Write("news/film.txt", """
            Harbour drama wins Kelby film prize
            A quiet drama starring Hollywood actor Tom Reeve won the top prize at the Kelby Film Festival on Sunday.
            The Harbour won the Mara Quist Award, named after the festival's founder.
            The low-budget film, directed by Ellen Marsh, follows a fisherman who loses his boat.
            Previous films to take the prize include the drama Still Water by Otto Brenner.
            """);
        Folder.Write("news/film-de.txt", """
            Hafendrama gewinnt Preis in Lindau
            Ein stilles Drama mit dem Schauspieler Tom Reeve hat den Hauptpreis des Filmfestivals Lindau gewonnen.
            Der Film erhielt den Mara-Quist-Preis, benannt nach Festivalgründer Mara Quist.
            Das von Ellen Marsh inszenierte Drama erzählt von einem Fischer, der sein Boot verliert.
            Im Vorjahr hatte ein Film von Otto Brenner gewonnen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Who directed the Tom Reeve film that won the top prize at the Kelby Film Festival?", "Ellen Marsh")]
    [InlineData("Wer hat das Drama mit Tom Reeve inszeniert, das den Hauptpreis in Lindau gewonnen hat?", "Ellen Marsh")]
    public async Task The_doer_of_the_asked_action_in_the_passive_leads(string question, string name)
    {
        var answer = await Engine.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(name, answer.Citations[0].Quote);
    }
}
