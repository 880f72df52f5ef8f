using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Near-misses whose names an article shows in another connection (issue 10, part 3), over small fixture articles:
/// an earthquake in a country is not answered from an article about the country's tigers, who leads a company not
/// from an article that names it among examples. The answerable question over the article that is about it still answers.
/// </summary>
public sealed class OffTopicArticleTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        earthquake /ˈɜːθkweɪk/
        Erdbeben <neut>
        """;

    private const string GermanEnglish = """
        Erdbeben /ˈeːɐ̯tˌbeːbn̩/ <neut, n, sg>
        earthquake <n>
        ---
        Beben /ˈbeːbn̩/ <neut, n, sg>
        quake <n>
        ---
        Tiger /ˈtiːɡɐ/ <masc, n, sg>
        tiger <n>
        ---
        Zählung /ˈtsɛːlʊŋ/ <fem, n, sg>
        count <n>
        ---
        Nationalpark /natsi̯oˈnaːlpaʁk/ <masc, n, sg>
        national park <n>

        ---
        Chef /ʃɛf/ <masc, n, sg>
        boss, chief <n>
        ---
        Hersteller /ˈheːɐ̯ʃtɛlɐ/ <masc, n, sg>
        manufacturer, maker <n>
        ---
        Preis /pʁaɪ̯s/ <masc, n, sg>
        price <n>
        ---
        Behörde /bəˈhøːɐ̯də/ <fem, n, sg>
        authority <n>
        """;

    public OffTopicArticleTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/tiger.txt", """
            Mehr Tiger in Nepal gezählt
            In Nepal leben wieder mehr Tiger, 235 Tiere wurden gezählt. Bei der Zählung im Nationalpark halfen 120 Menschen mit.
            """);
        Folder.Write("news/spielzeug.txt", """
            Spielzeug wird teurer
            Hersteller wie Lindtoys, Playmo und Kidtec erhöhen zu Weihnachten die Preise, berichtet Anna Berger vom Handelsverband.
            """);
        Folder.Write("news/wahl.txt", """
            Nepal wählt ein neues Parlament
            In Nepal wird 2019 ein neues Parlament gewählt, die Kommission rechnet mit hoher Beteiligung.
            """);
        Folder.Write("news/beben.txt", """
            Schweres Beben in Chile
            Bei dem Erdbeben in Chile sind nach Angaben der Behörden mindestens 14 Menschen gestorben.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task An_earthquake_in_a_country_is_not_answered_from_an_article_about_its_tigers()
    {
        var answer = await Engine.AskAsync("Wie viele Menschen starben bei dem Erdbeben in Nepal?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        Assert.Contains("Erdbeben", answer.Text);
    }

    [Fact]
    public async Task The_earthquake_the_article_is_about_is_answered()
    {
        var answer = await Engine.AskAsync("Wie viele Menschen starben bei dem Erdbeben in Chile?");

        Assert.False(answer.Abstained);
        Assert.Contains("14 Menschen", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_abstention_names_the_detail_the_article_about_the_topic_lacks()
    {
        // The article about the count lacks 2019; the one with 2019 and Nepal is about an election. Naming only the
        // count would contradict the closest article listed right after it ("Mehr Tiger in Nepal gezählt").
        var answer = await Engine.AskAsync("Wie lange dauerte 2019 die Zählung im Nationalpark in Nepal?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        var missing = answer.Text[..answer.Text.IndexOf("finde", StringComparison.Ordinal)];
        Assert.Equal("Zu 2019, Zählung und Nationalpark ", missing);
    }

    [Fact]
    public async Task A_company_named_in_a_list_of_examples_does_not_answer_who_leads_it()
    {
        var answer = await Engine.AskAsync("Wer ist der Chef von Lindtoys?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        Assert.Contains("Chef", answer.Text);
    }
}
