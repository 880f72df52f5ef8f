using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Name forms read the same way in question and article (issue 10, probe 22): an abbreviation the dictionary lists
/// as a common noun ending a compound ("Knorpel-OP") is no name, while one of a name ("Nicht-EU") is; two listed
/// words joined by a foreign particle ("Tour de Ski") are one name, checked as a whole. Invented dictionary and articles.
/// </summary>
public sealed class NameFormsInQuestionTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        surgery /sˈɜːdʒəɹi/
        Operation <fem>
        """;

    private const string GermanEnglish = """
        Operationssaal /ˈoːpeːratsjˌoːnsɑːl/ (OP /ˈoːp/) <masc, n, sg>
         [med.] operating theatre <n>
        ---
        Europäische Union /ɔøroːpˈɛːɪʃə uːnjˈoːn/ (EU /ˈɔø/) <fem, n, sg>
        European Union <n>
        ---
        Tour /tuːɐ̯/ <fem, n, sg>
        tour <n>
        ---
        Ski /ʃiː/ <masc, n, sg>
        ski <n>
        ---
        Langlauf /ˈlaŋlaʊ̯f/ <masc, n, sg>
        cross-country skiing <n>
        """;

    public NameFormsInQuestionTests()
        : base(EnglishGerman, GermanEnglish, new Dictionary<string, string> { ["op"] = "Operationssaal", ["eu"] = "Europäische Union" })
    {
        Folder.Write("news/rad.txt", """
            Tour de France: Vollmer siegt in Paris
            Der Deutsche Jonas Vollmer hat die Tour de France gewonnen. Auf der letzten Etappe nach Paris verteidigte er sein Gelbes Trikot.
            """);
        Folder.Write("news/ski.txt", """
            Langlauf-Saison beginnt
            Die Langlauf-Saison beginnt am Wochenende in Lillehammer. Ski-Verbände erwarten viele Zuschauer.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wie viele Wochen fällt der Stürmer nach seiner Knorpel-OP aus?", "OP", false)]
    [InlineData("Welche Nicht-EU-Länder liefern Gas nach Österreich?", "EU", true)]
    [InlineData("Wer plant den neuen OP-Saal?", "OP", true)]
    [InlineData("Wer hat die Tour de Ski im Langlauf gewonnen?", "Ski", true)]
    public void A_listed_abbreviation_ending_a_compound_is_no_name_and_a_particle_joins_listed_words(string question, string word, bool isName)
    {
        var names = Engine.Services.GetRequiredService<NameDetector>();

        Assert.Equal(isName, names.In(question, "de").Contains(word));
    }

    [Fact]
    public async Task An_article_on_another_tour_does_not_answer_for_the_tour_de_ski()
    {
        var answer = await Engine.AskAsync("Wer hat die Tour de Ski im Langlauf gewonnen?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_tour_named_whole_is_still_answered()
    {
        var answer = await Engine.AskAsync("Wer hat die Tour de France gewonnen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Jonas Vollmer", answer.Text);
    }
}
