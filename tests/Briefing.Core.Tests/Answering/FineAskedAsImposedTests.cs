using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie hoch ist die Geldbuße für …?" asks a fine that was imposed, as "Wie hoch ist die Geldstrafe …?" does: a sentence
/// that names it only as threatened ("droht eine Geldbuße von bis zu 5.000 Euro") does not answer it, and one that says
/// it was imposed still does. The penalty check knew "Geldstrafe" and "Bußgeld" but not "Geldbuße" (review of the
/// fifty-fifth session, finding 5). Invented articles.
/// </summary>
public sealed class FineAskedAsImposedTests : InventedArticlesTest
{
    public FineAskedAsImposedTests()
    {
        Folder.Write("news/wirt.txt", """
            Ermittlungen gegen Wirt von Kelbach
            Die Behörde prüft den Lärm im Gasthaus von Kelbach seit dem Sommer.
            Dem Wirt von Kelbach droht eine Geldbuße von bis zu 5.000 Euro.
            """);
        Folder.Write("news/baecker.txt", """
            Bäcker von Velmont verurteilt
            Das Gericht hat den Bäcker von Velmont wegen falscher Etiketten bestraft.
            Der Bäcker von Velmont muss eine Geldbuße von 3.000 Euro zahlen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_threatened_fine_does_not_answer_the_fine_imposed()
    {
        var answer = await Engine.AskAsync("Wie hoch ist die Geldbuße für den Wirt von Kelbach?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task An_imposed_fine_answers()
    {
        var answer = await Engine.AskAsync("Wie hoch ist die Geldbuße für den Bäcker von Velmont?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("3.000 Euro", answer.Text);
    }
}
