using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Which coach threw Mido out of the Egyptian squad?" over "Mido was axed by former coach Marco Tardelli" (probe25-007):
/// the report never writes the question's topic word "squad" (it says "the national team"), so the off-topic check
/// abstained ("I found nothing about squad"). <c>MarkedPersonAnswer</c> waives that check when the first-ranked article
/// names someone new beside the asked noun next to the question's names. The German article and the dictionaries are
/// there so that "squad" is a topic word at all (an English word counts when the dictionary renders it as a German noun
/// written in the index). All articles are invented.
/// </summary>
public sealed class MarkedPersonAnswerTests : InventedArticlesTest
{
    /// <summary>"squad" is a noun in German too: the question's topic, which the report never writes ("axed" from "the national team").</summary>
    private const string EnglishGerman = """
        squad /skwɒd/
        Kader <masc>
        ---
        coach /kəʊtʃ/
        Trainer <masc>
        """;

    private const string GermanEnglish = """
        Kader /ˈkaːdɐ/ <masc, n, sg>
        squad <n>
        ---
        Trainer /ˈtʁɛːnɐ/ <masc, n, sg>
        coach <n>
        ---
        Turnier /tʊʁˈniːɐ̯/ <neut, n, sg>
        tournament <n>
        """;

    public MarkedPersonAnswerTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/apology.txt", """
            Tarik makes third apology
            Tarik Benali has made another apology to the Moroccan people in an attempt to rejoin the national team.

            The 22-year-old told a news conference in Rabat on Sunday that he is sorry for the problems that have led to his exclusion from the Atlas Lions since July last year. He said he came specially from Spain to apologise for all his mistakes. Tarik was axed by former coach Luca Ferrante after failing to answer a national call-up, claiming he had a knee injury. But he then played in a friendly for his club within 24 hours of a qualifying match at home.

            The federation's spokesman welcomed the apology and said no one had exerted pressure on the striker.
            """);
        Folder.Write("news/league.txt", """
            League leaders win again
            The league leaders beat their closest rivals 3-1 on Saturday to stretch their lead at the top to six points.
            Their coach had named an unchanged squad, and the home side scored twice before half-time.
            """);
        Folder.Write("news/kader.txt", """
            Trainer gibt Kader bekannt
            Der Trainer hat am Montag den Kader für das Turnier bekanntgegeben.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_doer_named_far_from_the_questions_names_answers_which_coach()
    {
        var answer = await Engine.AskAsync("Which coach threw Tarik out of the Moroccan squad?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Luca Ferrante", answer.Citations[0].Quote);
    }
}
