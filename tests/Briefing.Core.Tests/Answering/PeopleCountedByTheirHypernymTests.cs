using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie viele Flüchtlinge waren … untergebracht?" over "Derzeit seien … 104 Menschen untergebracht": news counts the
/// people a question names by a specific person noun as often by the generic one, every person noun's hypernym. The
/// sentence was "no unit" and the answer abstained (issue 10, false abstentions of how-many questions with the gold
/// article first, probe41-036). The sentence must still show what the question asks of them (its verb), and only in
/// the question's language. The article is invented.
/// </summary>
public sealed class PeopleCountedByTheirHypernymTests : InventedArticlesTest
{
    public PeopleCountedByTheirHypernymTests()
    {
        Folder.Write("news/granate.txt", """
            Handgranate auf Unterkunft in Wallbach geworfen
            Wallbach – Unbekannte haben in der Nacht auf Freitag eine Handgranate auf das Gelände einer Flüchtlingsunterkunft in Wallbach geworfen.
            Die Granate explodierte nicht, verletzt wurde niemand.
            Derzeit seien in den Gebäuden der ehemaligen Kaserne 104 Menschen untergebracht, sagte ein Polizeisprecher.
            Die Polizei ermittelt wegen versuchten Mordes.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Menschen_answers_how_many_Fluechtlinge()
    {
        var answer = await Engine.AskAsync("Wie viele Flüchtlinge sind in der Unterkunft in Wallbach untergebracht?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("104 Menschen", answer.Citations[0].Quote);
    }
}
