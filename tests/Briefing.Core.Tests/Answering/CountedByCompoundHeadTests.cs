using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie viele Statutarstädte gibt es in Österreich?" over "Insgesamt existieren in Österreich 15 solcher Städte" (issue
/// 10, how-many answers): the article counts the asked compound's things by its head, the shorter word, once it has
/// introduced them. Without it the figure "counted other things" than the asked noun and another sentence led.
/// </summary>
public sealed class CountedByCompoundHeadTests : InventedArticlesTest
{
    public CountedByCompoundHeadTests()
    {
        Folder.Write("news/velden.txt", """
            Velden feiert neue Partnerschaft
            Die Gemeinde Velden hat am Samstag eine Partnerschaft mit dem französischen Ort Arlanc besiegelt. Velden pflegt solche Partnerstädte in ganz Europa. Insgesamt hat Velden nun 7 solcher Städte. Zur Feier kamen 300 Gäste.
            """);
        Folder.Write("news/wetter.txt", """
            Sonniges Wochenende in Kärnten
            In Velden am Wörthersee werden am Wochenende bis zu 30 Grad erwartet. Die Badeplätze rechnen mit vielen Gästen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Die_Staedte_zaehlen_die_gefragten_Partnerstaedte()
    {
        var answer = await Engine.AskAsync("Wie viele Partnerstädte hat Velden?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("7 solcher Städte", answer.Citations[0].Quote);
    }
}
