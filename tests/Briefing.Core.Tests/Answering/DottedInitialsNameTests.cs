using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions: a name of dotted initials ("B.Z.", the Berlin paper) is one word to the index
/// ("b.z"). Read as one name per letter ("B", "Z"), it was a detail no article could show, and "How long is the
/// supplement Bild and B.Z. put out?" abstained on the article that says it. Another paper is still another name.
/// </summary>
public sealed class DottedInitialsNameTests : InventedArticlesTest
{
    public DottedInitialsNameTests()
    {
        Folder.Write("news/beilage.txt", """
            Beilage für Neuankömmlinge
            Gemeinsam bringen Bild und B.Z. in Berlin eine Beilage in arabischer Sprache heraus. Die Beilage erscheint in einer Auflage von 40.000 Exemplaren.
            """);
        Folder.Write("news/zeitung.txt", """
            Neue Regionalzeitung
            Die Regionalzeitung Nordkurier bringt ab Mai eine Wochenendbeilage heraus. Sie erscheint in einer Auflage von 12.000 Exemplaren.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_initials_are_shown_by_the_article_that_writes_them()
    {
        var answer = await Engine.AskAsync("In welcher Auflage erscheint die Beilage von Bild und B.Z.?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("40.000", answer.Text);
    }

    [Fact]
    public async Task Initials_no_article_writes_are_still_a_missing_detail()
    {
        var answer = await Engine.AskAsync("In welcher Auflage erscheint die Beilage der W.Z.?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
