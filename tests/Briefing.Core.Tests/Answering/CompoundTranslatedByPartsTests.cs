using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, cross-lingual details: a German compound the dictionary does not list whole ("Silvesterkonzert") but part
/// by part (Silvester → New Year's Eve, Konzert → concert) was a detail no English article could show, and the question
/// abstained on the article that answers it. An English article shows it by a translation of each part, as a German
/// article shows it by both parts.
/// </summary>
public sealed class CompoundTranslatedByPartsTests : InventedArticlesTest
{
    // "Silvester" translates to a capitalised English name, so its compounds are names to the detector, as in FreeDict.
    private const string GermanEnglish = """
        Silvester /zɪlˈvɛstɐ/ <masc>
        New Year's Eve
        ---
        Konzert /kɔnˈtsɛʁt/ <neut>
        concert
        ---
        Dirigent /diʁiˈɡɛnt/ <masc>
        conductor
        """;

    private const string EnglishGerman = """
        concert /ˈkɒnsət/
        Konzert <neut>
        """;

    public CompoundTranslatedByPartsTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/orchestra.txt", """
            Lindholm orchestra plans its winter season
            The Lindholm orchestra will add three new programmes in January.
            It also confirmed that Anna Holt will conduct a one-off New Year's Eve concert at the harbour hall.
            """);
        // A German article writes the compound whole: it is a detail an article of either language must show.
        Folder.Write("news/brenndorf.txt", """
            Ausverkauft in Brenndorf
            Das Silvesterkonzert der Brenndorfer Musikschule ist seit Wochen ausverkauft.
            """);
        Folder.Write("news/choir.txt", """
            Lindholm choir tours the north
            The Lindholm orchestra's choir, led by Per Holm, tours five northern towns this spring.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_compound_is_shown_in_an_English_article_by_a_translation_of_each_part()
    {
        var answer = await Engine.AskAsync("Wer dirigiert in Lindholm das einmalige Silvesterkonzert?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Anna Holt", answer.Text);
    }
}
