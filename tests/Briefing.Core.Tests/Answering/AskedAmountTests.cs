using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Near-misses of "how many" / "how much" questions (issue 10, constraint-checked abstention): an article about the
/// asked thing that gives no amount for it — a sale "weit unter Wert", a plant's 200 workers when the question asks
/// how many of them lose their job — is no answer, and the question's own number does not make one.
/// </summary>
public sealed class AskedAmountTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        price /pɹaɪs/
        Preis <masc>
        """;

    private const string GermanEnglish = """
        Beschäftigte /bəˈʃɛftɪçtə/ <masc, n, pl>
        employees
        ---
        Job /dʒɔp/ <masc, n, sg>
        job
        ---
        Hotel /hoˈtɛl/ <neut, n, sg>
        hotel
        ---
        Preis /pʁaɪ̯s/ <masc, n, sg>
        price
        ---
        Wert /veːɐ̯t/ <masc, n, sg>
        value
        ---
        Druckerei /dʁʊkəˈʁaɪ̯/ <fem, n, sg>
        printing works
        ---
        Verlag /fɛɐ̯ˈlaːk/ <masc, n, sg>
        publisher
        ---
        Arbeit /ˈaʁbaɪ̯t/ <fem, n, sg>
        work
        ---
        verlieren /fɛɐ̯ˈliːʁən/ <v>
        lose
        ---
        verkauft /fɛɐ̯ˈkaʊ̯ft/
        sold
        """;

    public AskedAmountTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/hotel.txt", """
            Hotel Seeblick verkauft
            Das Hotel Seeblick am Wörthersee wurde weit unter Wert verkauft, kritisiert die Opposition.
            Käufer ist eine Investorengruppe aus Wien.
            """);
        Folder.Write("news/druckerei.txt", """
            Verlag schließt Druckerei
            Der Verlag Tannhof schließt seine Druckerei in Linz, in der 200 Beschäftigte arbeiten.
            Wie viele von ihnen ihren Job verlieren, ist noch nicht bekannt.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wie viele der 200 Beschäftigten verlieren ihren Job?", "Beschäftigten")]
    [InlineData("How many of the 200 staff will lose their jobs?", "staff")]
    [InlineData("Wie viele seiner Mitarbeiter entlässt der Konzern?", "Mitarbeiter")]
    public void The_counted_thing_follows_the_part_of_a_whole(string question, string unit) =>
        Assert.Equal(unit, AskedUnit.Of(question)?.Word);

    [Theory]
    [InlineData("Zu welchem Preis wurde das Hotel verkauft?")]
    [InlineData("At what price were the shares sold?")]
    [InlineData("Wie viel Gewinn machte die Firma im Jahr 2010?")]
    [InlineData("How much profit did the airline make?")]
    [InlineData("Wie hoch war der Umsatz im vierten Quartal?")]
    public void A_price_profit_or_turnover_is_a_sum_of_money(string question) =>
        Assert.Equal(AskedUnit.Measure.Money, AskedUnit.Of(question)?.Kind);

    [Fact]
    public async Task A_sale_without_an_amount_does_not_answer_at_what_price()
    {
        var answer = await Engine.AskAsync("Zu welchem Preis wurde das Hotel Seeblick verkauft?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_questions_own_number_does_not_answer_how_many_of_them()
    {
        var answer = await Engine.AskAsync("Wie viele der 200 Beschäftigten verlieren ihren Job?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
