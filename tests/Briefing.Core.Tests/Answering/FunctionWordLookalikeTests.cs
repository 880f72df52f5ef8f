using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Answerable questions abstained on with the right article retrieved, because a word of the question looked like a
/// function word or was not one yet: an acronym spelt like a stop word ("ALS" is German "als", "IT" English "it"),
/// which the analyser drops, so no article's terms showed the question's detail ("Zu ALS finde ich nichts"); and an
/// English preposition stranded in colloquial phrasing ("the people behind the app"), which the dictionary renders
/// as a noun ("Hintern") and so became a topic word no article shows ("I found nothing about behind"); and a clipped
/// colloquial word ("Demo", "Gastro", "Promi"), which no article writes, though one writes the full word it begins.
/// All articles are invented.
/// </summary>
public sealed class FunctionWordLookalikeTests : InventedArticlesTest
{
    private const string GermanEnglish = """
        Menschen /mɛnʃən/ <pl>
        people, humans
        ---
        Nervenkrankheit /nɛrfənkraŋkhaɪt/ <fem>
        nervous disease
        """;

    // The dictionary renders "behind" as a noun, as the installed FreeDict does.
    private const string EnglishGerman = """
        behind /bɪhˈaɪnd/
        Hintern <masc>, hinten
        ---
        jobs /dʒˈɒbz/
        Stellen <pl>, Arbeitsplätze <pl>
        ---
        investors /ɪnvˈɛstəz/
        Investoren <pl>
        """;

    public FunctionWordLookalikeTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/als.txt", """
            Neue Ambulanz in Graz
            In der Steiermark leben rund 240 Menschen mit ALS, einer unheilbaren Nervenkrankheit. Das Uniklinikum Graz eröffnet für sie eine eigene Ambulanz.
            """);
        Folder.Write("news/fernhill.txt", """
            Fernhill Bank to cut jobs
            Fernhill Bank will cut 450 IT jobs in Leeds as it moves its systems to an outside provider, the lender said on Monday.
            """);
        Folder.Write("news/quillo.txt", """
            Quillo raises money
            The Dundee start-up Quillo, which makes a homework app for pupils, has raised £3.5m from investors to hire 40 staff.
            """);
        // The dictionary's rendering of "behind" is written by some article, as in the real corpus.
        Folder.Write("news/hund.txt", """
            Hund beißt Briefträger
            In Wels hat ein Hund einen Briefträger in den Hintern gebissen. Der Mann wurde im Klinikum behandelt.
            """);
        Folder.Write("news/leoben.txt", """
            Protest gegen Deponie
            Rund 1.200 Menschen haben am Samstag in Leoben an einer Demonstration gegen die geplante Mülldeponie teilgenommen.
            """);
        Folder.Write("news/weather.txt", """
            Storm warning for the north
            Forecasters have warned of gales in the north of Scotland, with gusts of up to 80mph expected on Friday.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wie viele Menschen in der Steiermark leben mit ALS?", "240")]
    [InlineData("How many IT jobs is Fernhill Bank cutting in Leeds?", "450")]
    public async Task An_acronym_spelt_like_a_stop_word_is_shown_by_the_article_writing_it(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }

    [Fact]
    public async Task An_acronym_spelt_like_a_stop_word_is_not_shown_by_the_stop_word()
    {
        // "als" and "ALS" are other words: an article writing only the conjunction does not show the disease.
        var reply = await Engine.AskAsync("Wie viele Menschen in Tirol leben mit ALS?");

        Assert.True(reply.Abstained, reply.Text);
    }

    [Fact]
    public async Task A_stranded_preposition_is_no_topic_word()
    {
        var reply = await Engine.AskAsync("How much money did the guys behind Quillo get?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("£3.5m", reply.Text);
        Assert.DoesNotContain("behind", reply.Text.Split('.')[0]);
    }

    [Fact]
    public async Task A_clipped_word_is_shown_by_the_full_word_it_begins()
    {
        // "Demo" is written by no article; "Demonstration" begins with it.
        var reply = await Engine.AskAsync("Wie viele Menschen kamen in Leoben zur Demo gegen die Mülldeponie?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("1.200", reply.Text);
    }
}
