using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, who-questions: "Wer spielt den Professor X?", "Who plays Y?" — reviews name the cast in brackets right after
/// the role ("Wenn Hanno Voss (Lukas Brandt) Geschichte unterrichtet"), in a sentence that rarely repeats the question's
/// verb, so a sentence retelling the plot with other names led. The name in brackets after one of the question's names
/// is the asked actor; one after another role ("Mira (Eva Lindqvist)") is not. Articles invented.
/// </summary>
public sealed class PlayedRoleLeadTests : InventedArticlesTest
{
    public PlayedRoleLeadTests()
    {
        Folder.Write("news/film-de.txt", """
            Regisseurin Ada Korn erzählt in Spätsommer von einem Lehrer in der Krise
            Wien – Wenn Hanno Voss (Lukas Brandt) Geschichte unterrichtet, schweift er gern zu Napoleon ab.
            Seine Schülerin Mira (Eva Lindqvist) bewundert den Lehrer trotzdem.
            In Spätsommer verliebt sich der Geschichtslehrer Hanno Voss in die Nachbarin Greta Lund.
            """);
        Folder.Write("news/film-en.txt", """
            Autumn drama opens in London
            When Tom Hale (Peter Quaid) returns to his village, old quarrels start again.
            His sister Ruth (Nina Bell) runs the family farm.
            In the autumn drama the farmer Tom Hale falls for his neighbour Kate Lund.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wer spielt in Spätsommer den Geschichtslehrer Hanno Voss?", "Lukas Brandt")]
    [InlineData("Who plays the farmer Tom Hale in the autumn drama?", "Peter Quaid")]
    public async Task The_name_in_brackets_after_the_asked_role_leads(string question, string actor)
    {
        var answer = await Engine.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(actor, answer.Citations[0].Quote);
    }
}
