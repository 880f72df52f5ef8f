using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Unanswerable questions that got a confident citation from the article about them (issue 10): the asked judge's name
/// answered by another role's ("Exminister Meier"), a sentence answered by the penalty a suspect only faces ("drohen bis
/// zu fünf Jahre Haft", "a possible 10-year jail sentence if convicted") or by the start of an investigation, and "how
/// much did he leave" answered by how long he hosted a show and when he died. Each has an answerable twin that still answers.
/// </summary>
public sealed class FactNotGivenTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        prison /ˈpɹɪzən/
        Gefängnis <neut>
        ---
        will /wɪl/
        Testament <neut>
        """;

    private const string GermanEnglish = """
        Richterin /ˈʁɪçtəʁɪn/ <fem, n, sg>
        judge <n>
        ---
        Urteil /ˈʊʁtaɪ̯l/ <neut, n, sg>
        verdict, judgement <n>
        ---
        Fall /fal/ <masc, n, sg>
        case <n>
        ---
        Gericht /ɡəˈʁɪçt/ <neut, n, sg>
        court <n>
        ---
        Strafe /ˈʃtʁaːfə/ <fem, n, sg>
        penalty, sentence <n>
        ---
        Haft /haft/ <fem, n, sg>
        custody, imprisonment <n>
        ---
        Untreue /ˈʊntʁɔɪ̯ə/ <fem, n, sg>
        breach of trust <n>
        ---
        Bürgermeister /ˈbʏʁɡɐˌmaɪ̯stɐ/ <masc, n, sg>
        mayor <n>
        ---
        Staatsanwaltschaft /ˈʃtaːtsʔanvaltʃaft/ <fem, n, sg>
        public prosecutor's office <n>
        ---
        Ermittlungen /ɛɐ̯ˈmɪtlʊŋən/ <fem, n, pl>
        investigations <n>
        """;

    public FactNotGivenTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/hypo.txt", """
            Urteil im Hypo-Prozess im Mai erwartet
            Im Fall Hypo, in dem unter anderem Exminister Meier angeklagt ist, soll im Mai ein Urteil fallen.
            Das Gericht hat für das Verfahren eine Richterin bestellt.
            """);
        Folder.Write("news/kaprun.txt", """
            Urteil im Seilbahn-Prozess
            Im Seilbahn-Prozess von Kaprun hat Richterin Andrea Huber am Freitag das Urteil gesprochen.
            """);
        Folder.Write("news/lechner.txt", """
            Ermittlungen gegen Bürgermeister von Hartberg
            Gegen den Bürgermeister von Hartberg, Franz Lechner, hat die Staatsanwaltschaft Ermittlungen wegen Untreue eingeleitet.
            Ihm drohen bis zu fünf Jahre Haft.
            """);
        Folder.Write("news/berger.txt", """
            Bauunternehmer verurteilt
            Der Bauunternehmer Karl Berger aus Leoben ist wegen Betrugs zu drei Jahren Haft verurteilt worden.
            """);
        Folder.Write("news/bankers.txt", """
            Former bankers charged over mortgage fraud
            Two former bankers, Tom Reid and Alan Shaw, were charged with fraud in London on Monday.
            They each face a possible 10-year jail sentence if convicted.
            """);
        Folder.Write("news/pellow.txt", """
            Rogue trader freed early
            Former trader Nick Pellow was jailed for six years in Singapore for hiding losses of the bank.
            """);
        Folder.Write("news/hartley.txt", """
            Quiz host Bob Hartley dies
            Comedian Bob Hartley, who hosted the quiz show Pass It On for 30 years, died on 23 January at the age of 84.
            """);
        Folder.Write("news/vale.txt", """
            Actor's fortune goes to charity
            Actor Ron Vale left £2.3m in his will, probate records show.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wie heißt die Richterin, die im Fall Hypo das Urteil gesprochen hat?")]
    [InlineData("Zu welcher Strafe ist Franz Lechner verurteilt worden?")]
    [InlineData("How long did Tom Reid get in prison?")]
    [InlineData("How much did Bob Hartley leave in his will?")]
    public async Task The_article_about_it_that_does_not_give_the_fact_is_no_answer(string question)
    {
        var answer = await Engine.AskAsync(question);

        Assert.True(answer.Abstained, answer.Text);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("Wie heißt die Richterin, die im Seilbahn-Prozess von Kaprun das Urteil gesprochen hat?", "Andrea Huber")]
    [InlineData("Zu welcher Strafe ist Karl Berger verurteilt worden?", "drei Jahren Haft")]
    [InlineData("How long did Nick Pellow get in prison?", "six years")]
    [InlineData("How much did Ron Vale leave in his will?", "£2.3m")]
    public async Task The_article_that_gives_the_fact_answers(string question, string expected)
    {
        var answer = await Engine.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(expected, answer.Text);
    }
}
