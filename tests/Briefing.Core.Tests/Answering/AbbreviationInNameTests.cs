using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "north London HQ", "Argonix HQ": a news abbreviation inside a question's name of several words is written out by
/// the article ("headquarters in north London", "Hauptsitzes von Argonix"). The name's words must stand together in
/// the article, and "HQ" never did, so the article that answers was rejected for the detail (issue 10, false
/// abstentions). A name the article does not write in any form still abstains.
/// </summary>
public sealed class AbbreviationInNameTests : InventedArticlesTest
{
    public AbbreviationInNameTests()
    {
        Folder.Write("news/games.txt", """
            Games maker cuts jobs
            The company behind the Starfall games has sacked about 90 employees.
            Along with its headquarters in north London, Argonix Games operates studios in Leeds and Bristol.
            """);
        Folder.Write("news/umbau.txt", """
            Argonix baut um
            Der Spielehersteller Argonix erneuert seine Büros. Der Umbau des Hauptsitzes von Argonix kostet zwölf Millionen Euro.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task An_English_HQ_is_shown_by_the_headquarters_the_article_names()
    {
        var answer = await Engine.AskAsync("Besides its north London HQ, where does Argonix Games have studios?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Leeds", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_German_HQ_is_shown_by_the_Hauptsitz_the_article_names()
    {
        var answer = await Engine.AskAsync("Was kostet der Umbau des Argonix HQ?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("zwölf Millionen Euro", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_name_the_article_does_not_write_still_abstains()
    {
        var answer = await Engine.AskAsync("Besides its south Manchester HQ, where does Argonix Games have studios?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
