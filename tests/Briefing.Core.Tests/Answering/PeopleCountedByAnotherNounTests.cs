using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie viele Gastronomen …?" over "jene fünf Wirte", "Wie viele Regimegegner …?" over "sechs inhaftierte
/// Oppositionsführer": news counts the people a question names by a person noun as often by another noun for them. The
/// sentence was "no unit" and the answer abstained on (issue 10, false abstentions, probes 19-017, 21-067); a figure of
/// people counted by another of their nouns shows the asked count, as it already did in the other language. A generic
/// one ("1.000 Menschen") says nothing of who they are.
/// </summary>
public sealed class PeopleCountedByAnotherNounTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        innkeeper /ˈɪnkiːpə/
        Wirt <masc>
        """;

    /// <summary>The article's common nouns, so that they are not read as names.</summary>
    private const string GermanEnglish = """
        Wirt /vɪʁt/ <masc, n, sg>
        innkeeper, landlord <n>
        ---
        Gastronom /ɡastʁoˈnoːm/ <masc, n, sg>
        restaurateur <n>
        ---
        Moderatorin /modəʁaˈtoːʁɪn/ <fem, n, sg>
        presenter <n>
        ---
        Show /ʃoː/ <fem, n, sg>
        show <n>
        ---
        Sendung /ˈzɛndʊŋ/ <fem, n, sg>
        programme <n>
        ---
        Partnerin /ˈpaʁtnəʁɪn/ <fem, n, sg>
        partner <n>
        ---
        Frau /fʁaʊ̯/ <fem, n, sg>
        woman, wife <n>
        ---
        Gasthaus /ˈɡasthaʊ̯s/ <neut, n, sg>
        inn <n>
        ---
        Sender /ˈzɛndɐ/ <masc, n, sg>
        broadcaster <n>
        ---
        Land /lant/ <neut, n, sg>
        country <n>
        ---
        Staffel /ˈʃtafl̩/ <fem, n, sg>
        season <n>
        """;

    public PeopleCountedByAnotherNounTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/show.txt", """
            Neue Kuppelshow im Lindachtal
            Obernau – Die Moderatorin Anna Kessler startet am Mittwoch ihre neue LTV-Show Wirt sucht Frau.
            In der ersten Sendung präsentiert Kessler jene fünf Wirte, die eine Partnerin suchen.
            Gedreht wurde in vier Gasthäusern des Tals.
            Für eine zweite Staffel sucht der Sender bereits weitere Gastronomen vom Land.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Gastronomen", true)]
    [InlineData("Landwirte", true)]
    [InlineData("Regimegegner", true)]
    [InlineData("Oppositionsführer", true)]
    [InlineData("Gasthäusern", false)]
    public void Who_runs_a_trade_or_opposes_a_cause_is_a_person_noun(string word, bool person) =>
        Assert.Equal(person, PersonNouns.IsPersonNoun(word));

    [Fact]
    public async Task Fuenf_Wirte_answers_how_many_Gastronomen()
    {
        var answer = await Engine.AskAsync("Wie viele Gastronomen suchen in Anna Kesslers neuer LTV-Show eine Partnerin?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("fünf Wirte", answer.Citations[0].Quote);
    }
}
