using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Welcher Spieler …?", "Which player …?": a part someone takes in the game the article reports, not a post. A match
/// report names its scorers by name and never writes "Spieler" beside them, so the answering sentence need not show the
/// word (as it must show "Bürgermeister" for the mayor, AskedRoleShownTests). All articles are invented.
/// </summary>
public sealed class PartTakenRoleTests : InventedArticlesTest
{
    private const string GermanEnglish = """
        Siegtor /ziːktoːɐ/ <neut>
        winning goal
        ---
        Spieler /ʃpiːlɐ/ <masc>
        player
        """;

    private const string EnglishGerman = """
        player /plˈeɪə/
        Spieler <masc>
        ---
        winner /wˈɪnə/
        Siegtor <neut>
        """;

    public PartTakenRoleTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/borkum.txt", """
            Eintracht Borkum siegt 2:1 gegen Union Talstadt
            Eintracht Borkum hat am Samstag vor 4.000 Zuschauern 2:1 gegen Union Talstadt gewonnen. Das Siegtor für Eintracht Borkum erzielte Jonas Fehr in der 88. Minute.
            """);
        Folder.Write("news/ashford.txt", """
            Ashford 2-1 Millbrook
            Ashford beat Millbrook 2-1 at Eastfield Park on Saturday. Leon Marsh headed the winner for Ashford in the 90th minute.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Welcher Spieler erzielte das Siegtor für Eintracht Borkum gegen Union Talstadt?", "Jonas Fehr")]
    [InlineData("Which player headed the winner for Ashford against Millbrook?", "Leon Marsh")]
    public async Task The_named_scorer_answers_which_player(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }
}
