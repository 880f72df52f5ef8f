using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Where in X?" answered by a sentence whose only place is X, and a count of people answered by a count of people in
/// another role ("40 Menschen verletzt" for "festgenommen", "9.000 Menschen warten" for "arbeiten"): the bot abstains;
/// the sentences that give a place inside X or the asked role still answer. All articles are invented.
/// </summary>
public sealed class AskedPlaceAndPeopleRoleTests : InventedArticlesTest
{
    public AskedPlaceAndPeopleRoleTests()
    {
        Folder.Write("news/sprinter.txt", """
            Sprinter Dale Hoskins prepares in Scotland
            Dale Hoskins has spent the winter training in Scotland before the indoor season. "Training in Scotland has made me stronger," said Hoskins.
            """);
        Folder.Write("news/swimmer.txt", """
            Swimmer Ria Condon prepares in Wales
            Ria Condon has spent the winter preparing in Wales before the trials. She has been training at the pool in Swansea with her new coach.
            """);
        Folder.Write("news/brenntal.txt", """
            Schlägerei im Lager Brenntal
            Bei einer Schlägerei im Lager Brenntal sind am Sonntag 35 Menschen verletzt worden. Die Polizei ermittelt.
            """);
        Folder.Write("news/fähre.txt", """
            Streik legt Fähren nach Korvos lahm
            Auf der Insel Korvos warten mehr als 4.000 Menschen auf eine Fähre zum Festland. Die Seeleute streiken seit Montag.
            """);
        Folder.Write("news/werft.txt", """
            Werft in Halvik bekommt neuen Auftrag
            Die Werft in Halvik hat einen Auftrag über drei Frachter erhalten. Auf der Werft arbeiten derzeit 1.200 Menschen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Where in Scotland has Dale Hoskins been training?")]
    [InlineData("Wie viele Menschen wurden nach der Schlägerei im Lager Brenntal festgenommen?")]
    [InlineData("Wie viele Menschen arbeiten auf den Fähren nach Korvos?")]
    public async Task A_sentence_without_the_asked_place_or_role_does_not_answer(string question)
    {
        var reply = await Engine.AskAsync(question);

        Assert.True(reply.Abstained, reply.Text);
        Assert.Empty(reply.Citations);
    }

    [Theory]
    [InlineData("Where in Wales has Ria Condon been training?", "Swansea")]
    [InlineData("Wie viele Menschen wurden bei der Schlägerei im Lager Brenntal verletzt?", "35")]
    [InlineData("Wie viele Menschen arbeiten auf der Werft in Halvik?", "1.200")]
    public async Task A_sentence_with_the_asked_place_or_role_still_answers(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }
}
