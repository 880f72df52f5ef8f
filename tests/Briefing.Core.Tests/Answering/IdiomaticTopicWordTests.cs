using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Words of a question that say when or are the asker's shorthand, taken for the topic the article lacks (issue 10,
/// false abstentions): "zu seinen besten Zeiten" (the article: "auf dem Höhepunkt"), "am Wahltag" ("bei der Wahl am 27.
/// September"), "im Schulalter" ("schulpflichtige Kinder"), "the Lib Dem spokesman" ("Liberal Democrat spokesman").
/// The article about the asked thing answers; an article about something else still does not.
/// </summary>
public sealed class IdiomaticTopicWordTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        spokesman /ˈspəʊksmən/
        Sprecher <masc>
        ---
        plan /plæn/
        Plan <masc>
        """;

    private const string GermanEnglish = """
        Wahl /vaːl/ <fem, n, sg>
        election <n>
        ---
        Gemeinderäte /ɡəˈmaɪ̯ndəˌʁɛːtə/ <masc, n, pl>
        councillors <n>
        ---
        Kinder /ˈkɪndɐ/ <neut, n, pl>
        children <n>
        ---
        Zeiten /ˈtsaɪ̯tn̩/ <fem, n, pl>
        times <n>
        ---
        Länder /ˈlɛndɐ/ <neut, n, pl>
        countries <n>
        ---
        Höhepunkt /ˈhøːəˌpʊŋkt/ <masc, n, sg>
        peak, height <n>
        ---
        Erfolg /ɛɐ̯ˈfɔlk/ <masc, n, sg>
        success <n>
        ---
        Masern /ˈmaːzɐn/ <pl>
        measles <n>
        ---
        Wahltag /ˈvaːlˌtaːk/ <masc, n, sg>
        election day <n>
        ---
        Schulalter /ˈʃuːlˌʔaltɐ/ <neut, n, sg>
        school age <n>
        ---
        Tag /taːk/ <masc, n, sg>
        day <n>
        ---
        Alter /ˈaltɐ/ <neut, n, sg>
        age <n>
        """;

    public IdiomaticTopicWordTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/falk.txt", """
            Kultkrimi kehrt zurück
            Auf dem Höhepunkt ihres Erfolgs lief "Kommissar Falk" in 120 Ländern.
            Nun werden nach zehn Jahren Pause neue Folgen gedreht.
            """);
        Folder.Write("news/graz.txt", """
            Graz wählt im September
            Bei der Wahl am 27. September werden neben dem Bürgermeister auch 48 Gemeinderäte gewählt.
            Die Parteien stellen ihre Listen bis Ende Juli auf.
            """);
        Folder.Write("news/masern.txt", """
            Impflücke in Tirol
            In Tirol sind derzeit 4.500 schulpflichtige Kinder nicht gegen Masern geimpft, teilte die Landessanitätsdirektion mit.
            """);
        Folder.Write("news/tax.txt", """
            Council tax plan attacked
            Liberal Democrat spokesman Ed Fenwick said the government's plan to reform council tax would cost families £300 a year.
            """);
        Folder.Write("news/wetter.txt", """
            Hitzewelle in Tirol
            In Tirol wurden am Sonntag 36 Grad gemessen, ein Rekord für den Juni.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("In wie vielen Ländern lief Kommissar Falk zu seinen besten Zeiten?", "120 Ländern")]
    [InlineData("Wie viele Gemeinderäte werden in Graz am Wahltag mitgewählt?", "48 Gemeinderäte")]
    [InlineData("Wie viele Kinder im Schulalter sind in Tirol nicht gegen Masern geimpft?", "4.500")]
    [InlineData("What did the Lib Dem spokesman say the council tax plan would cost families?", "£300")]
    public async Task The_article_about_the_asked_thing_answers(string question, string expected)
    {
        var answer = await Engine.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(expected, answer.Text);
    }

    [Fact]
    public async Task An_article_about_something_else_on_that_day_still_does_not()
    {
        var answer = await Engine.AskAsync("Wie viele Wahlkarten wurden in Tirol am Wahltag ausgegeben?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
