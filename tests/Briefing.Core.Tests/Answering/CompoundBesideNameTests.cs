using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "die Hauptbesatzung von Orion 7": a German compound of dictionary words the index does not split stands beside the
/// name as a name word, so the question's name became "Hauptbesatzung von Orion" and the article that says "die
/// Besatzung von Orion 7" lacked it (issue 10, false abstentions at the details check). The compound is the asker's
/// noun for what is asked about the name, no part of it; the name is "Orion".
/// </summary>
public sealed class CompoundBesideNameTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        crew /kruː/
        Besatzung <fem>
        ---
        main /meɪn/
        Haupt- <adj>
        """;

    private const string GermanEnglish = """
        Haupt /haʊpt/ <neut, n, sg>
        head <n>
        ---
        Besatzung /bəˈzatsʊŋ/ <fem, n, sg>
        crew <n>
        """;

    public CompoundBesideNameTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/orion.txt", """
            Raumflug Orion 7 gestartet
            Die Besatzung von Orion 7 bestand aus Kaya Lind, Ben Arvo und Tom Reske.
            Der Flug soll zwölf Tage dauern.
            """);
        Folder.Write("news/hafen.txt", """
            Neuer Hafen in Veldorf
            Die Gemeinde Veldorf eröffnet im Mai einen neuen Hafen für Fischer.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_compound_before_a_name_is_no_word_of_the_name()
    {
        var answer = await Engine.Answers.AskAsync(new AskRequest("Aus wem bestand die Hauptbesatzung von Orion 7?") { Trace = true }, CancellationToken.None);

        Assert.DoesNotContain(answer.Trace, line => line.Contains("details [") && line.Contains("Hauptbesatzung"));
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Kaya Lind", answer.Citations[0].Quote);
    }
}
