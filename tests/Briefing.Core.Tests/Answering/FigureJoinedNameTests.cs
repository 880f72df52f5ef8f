using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions: a name written right after a figure ("3D", "5G") is one word with it, as the index
/// keeps it ("3d"). Read as the letter alone ("D"), it was a detail no article shows, and "How many foods can the 3D
/// food printer print?" abstained on the article about the 3D printer.
/// </summary>
public sealed class FigureJoinedNameTests : InventedArticlesTest
{
    public FigureJoinedNameTests()
    {
        Folder.Write("news/drucker.txt", """
            Essen aus dem Drucker
            Das Start-up Druckwerk hat einen 3D-Drucker für die Küche entwickelt. Das Gerät kann inzwischen 30 Lebensmittel drucken.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_name_is_shown_with_its_figure()
    {
        var answer = await Engine.AskAsync("Wie viele Lebensmittel kann der 3D-Drucker von Druckwerk drucken?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("30 Lebensmittel", answer.Text);
    }
}
