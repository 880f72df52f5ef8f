using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The answering sentence must stand near the question's names (issue 10, false abstentions with the right article
/// first): "… der Streamer Jonte Varga … . In einem Video sagt er, … . Waren es früher zehn Prozent, sind es nun rund 35
/// Prozent." — the sentence before the answer refers back to the name by a pronoun, so the name two sentences up
/// stands for it too. Articles invented; both languages.
/// </summary>
public sealed class PronounChainNameTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        share /ʃɛə/
        Anteil <masc>
        """;

    private const string GermanEnglish = """
        Anteil /ˈantaɪ̯l/ <masc, n, sg>
        share <n>
        ---
        Zuschauer /ˈtsuːʃaʊ̯ɐ/ <masc, n, sg>
        viewer <n>
        ---
        Werbung /ˈvɛʁbʊŋ/ <fem, n, sg>
        advertising <n>
        ---
        Video /ˈviːdeo/ <neut, n, sg>
        video <n>
        ---
        Einnahmen /ˈaɪ̯nˌnaːmən/ <fem, n, pl>
        income <n>
        """;

    public PronounChainNameTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/varga.txt", """
            Streamer klagt über Werbeblocker
            Viele kleine Kanäle verlieren derzeit Einnahmen. Die Plattformen suchen nach neuen Modellen. Ein Abodienst soll helfen.

            Nun hat sich der bekannte Streamer Jonte Varga zu Wort gemeldet. In einem Video sagt er, dass immer mehr Zuschauer die Werbung blockieren. Waren es früher zehn Prozent, sind es nun rund 35 Prozent.
            """);
        Folder.Write("news/holm.txt", """
            Streamer complains about ad blockers
            Many small channels are losing income. The platforms are looking for new models. A subscription service should help.

            Now the well-known streamer Mika Holm has spoken out. In a video he says that more and more viewers block the adverts. Where it was once ten percent, it is now about 45 percent.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Welcher Anteil von Jonte Vargas Zuschauern blockt die Werbung?", "35 Prozent")]
    [InlineData("What share of Mika Holm's viewers block the adverts?", "45 percent")]
    public async Task A_name_the_sentence_before_refers_back_to_stands_near_the_answer(string question, string expected)
    {
        var answer = await Engine.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(expected, answer.Text);
    }
}
