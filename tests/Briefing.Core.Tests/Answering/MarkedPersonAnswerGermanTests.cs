using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Welcher Wiener Anwalt vertritt die Afghanin mit sechs Kindern, deren Rückschiebung nach Ungarn das Höchstgericht vorerst
/// gestoppt hat?" over "Im Fall der Frau mit den sechs Kindern, die von dem Wiener Anwalt Robert Bitsche vertreten wird, …"
/// (probe35-061): the lede tells of the court and the deportations; a sentence paragraphs later names the lawyer as the doer
/// of the asked action, far from the question's names, and no sentence leads ("no relevant sentence holds a new Person").
/// <c>MarkedPersonAnswer</c> lets that sentence of the first-ranked article lead. The dictionary lists the German nouns,
/// so that they count as ordinary words, not names. All articles are invented.
/// </summary>
public sealed class MarkedPersonAnswerGermanTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        lawyer /ˈlɔːjə/
        Anwalt <masc>
        """;

    private const string GermanEnglish = """
        Anwalt /ˈanvalt/ <masc, n, sg>
        lawyer <n>
        ---
        Kind /kɪnt/ <neut, n, sg>
        child <n>
        ---
        Abschiebung /ˈapʃiːbʊŋ/ <fem, n, sg>
        deportation <n>
        ---
        Höchstgericht /ˈhøːçstɡəˌʁɪçt/ <neut, n, sg>
        supreme court <n>
        ---
        Innenministerium /ˈɪnənminɪsˌteːʁiʊm/ <neut, n, sg>
        interior ministry <n>
        ---
        Fall /fal/ <masc, n, sg>
        case <n>
        ---
        Frau /fʁaʊ̯/ <fem, n, sg>
        woman <n>
        ---
        Mutter /ˈmʊtɐ/ <fem, n, sg>
        mother <n>
        ---
        Beschluss /bəˈʃlʊs/ <masc, n, sg>
        decision <n>
        ---
        Lage /ˈlaːɡə/ <fem, n, sg>
        situation <n>
        ---
        Instanz /ɪnˈstants/ <fem, n, sg>
        instance <n>
        ---
        Flüchtling /ˈflʏçtlɪŋ/ <masc, n, sg>
        refugee <n>
        ---
        Wirkung /ˈvɪʁkʊŋ/ <fem, n, sg>
        effect <n>
        ---
        Haft /haft/ <fem, n, sg>
        detention <n>
        ---
        Familie /faˈmiːli̯ə/ <fem, n, sg>
        family <n>
        ---
        Syrerin /ˈzyːʁəʁɪn/ <fem, n, sg>
        Syrian <n>
        """;

    public MarkedPersonAnswerGermanTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/abschiebung.txt", """
            Höchstgericht stoppt Abschiebungen nach Kroatien
            Während sich das Innenministerium um neue Abschiebungen nach Kroatien bemüht, setzte das Höchstgericht diese in zwei Fällen aus.

            Die niedrigere Instanz habe nicht genau genug geprüft, wie im Nachbarland mit Flüchtlingen umgegangen werde. Konkret ging es um eine kranke Frau aus Syrien und eine weitere Syrerin, die mit vier Kindern und ihrer Mutter allein dasteht. In beiden Fällen gewährte das Höchstgericht aufschiebende Wirkung.

            Im Fall der Frau mit den vier Kindern, die von dem Grazer Anwalt Lukas Hainzl vertreten wird, sei verabsäumt worden, sich mit der Lage in Kroatien näher zu beschäftigen, heißt es in dem Beschluss. Damit ist gemeint, dass dort auch über Familien mit Kindern Haft verhängt wird.
            """);
        Folder.Write("news/grenze.txt", """
            Mehr Kontrollen an der Grenze
            Das Innenministerium kündigte am Montag mehr Kontrollen an der Grenze zu Slowenien an. Die Polizei soll dafür zusätzliche Beamte erhalten.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_doer_named_far_from_the_questions_names_answers_which_lawyer()
    {
        var answer = await Engine.AskAsync("Welcher Grazer Anwalt vertritt die Syrerin mit vier Kindern, deren Abschiebung nach Kroatien das Höchstgericht vorerst gestoppt hat?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Lukas Hainzl", answer.Citations[0].Quote);
    }
}
