using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How many penguins live on the Antarctic peninsula?" over a report on the Crimean peninsula's inhabitants (issue 10,
/// abstention): a people's adjective before a noun is a description the article may word otherwise ("American official",
/// "US official"), but only beside another detail that says which story is meant. As the question's only detail it is
/// required, as a German described noun alone is ("der walisische Hakler").
/// </summary>
public sealed class PeoplesAdjectiveAsOnlyDetailTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        Antarctic /antˈɑːktɪk/
        antarktisch, südpolar <adj>
        ---
        American /əˈmɛɹɪkən/
        amerikanisch, Amerikaner <masc>
        ---
        peninsula /pəˈnɪnsjʊlə/
        Halbinsel <fem>
        ---
        penguin /ˈpɛŋɡwɪn/
        Pinguin <masc>
        """;

    private const string GermanEnglish = """
        Halbinsel /ˈhalpʔɪnzl̩/ <fem, n, sg>
        peninsula
        """;

    public PeoplesAdjectiveAsOnlyDetailTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/crimea.txt", """
            Crimea told to save power
            The leaders of Crimea urged the two million residents who live on the peninsula to save energy after the blackout.
            """);
        Folder.Write("news/antarctic.txt", """
            Penguin count on the ice
            Scientists say about 40,000 penguins live on the Antarctic peninsula, fewer than a decade ago.
            """);
        Folder.Write("news/weather.txt", """
            Sunny weekend ahead
            Forecasters expect temperatures of up to 30 degrees across the south this weekend.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_only_detail_must_stand_in_the_article()
    {
        var answer = await Engine.AskAsync("How many residents live on the Antarctic peninsula?");
        Assert.True(answer.Abstained, answer.Text);
    }

    /// <summary>What it must not do: the article that writes the adjective still answers.</summary>
    [Fact]
    public async Task An_article_that_writes_it_answers()
    {
        var answer = await Engine.AskAsync("How many penguins live on the Antarctic peninsula?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("40,000 penguins", answer.Text);
    }
}
