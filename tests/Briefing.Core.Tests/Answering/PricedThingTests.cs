using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A cost question is answered by the sum of the priced thing, not by another sum of its article: "Was kostet der
/// zweite Eisbrecher?" over "den Marineetat … auf 40 Milliarden Euro erhöht" abstains, while the article that says what
/// the thing costs, or calls its sum a price, still answers. All articles are invented.
/// </summary>
public sealed class PricedThingTests : InventedArticlesTest
{
    private const string GermanEnglish = """
        Eisbrecher /aɪsbʁɛçɐ/ <masc>
        icebreaker
        ---
        Marineetat /mariːnəetaː/ <masc>
        navy budget
        """;

    private const string EnglishGerman = """
        lamp /lˈæmp/
        Lampe <fem>
        """;

    public PricedThingTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/eisbrecher.txt", """
            Nordland baut zweiten Eisbrecher
            Nordland arbeitet am Bau seines zweiten Eisbrechers in der Werft von Kalmarvik. Das Parlament hatte den Marineetat des Landes um 8 Prozent auf 40 Milliarden Euro erhöht.
            """);
        Folder.Write("news/lamp.txt", """
            Glowfield unveils talking lamp
            The Glowfield talking lamp goes on sale in May. Glowfield's lamp is priced at $129 in the US.
            """);
        Folder.Write("news/fan.txt", """
            Brightwell designs quiet ceiling fan
            Brightwell is working on a new ceiling fan for small flats. The firm raised its research spending by 12% to $40m last year.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Was kostet Nordlands zweiter Eisbrecher?")]
    [InlineData("How much will Brightwell's new ceiling fan cost?")]
    public async Task A_sum_of_another_thing_does_not_answer_what_the_asked_thing_costs(string question)
    {
        var reply = await Engine.AskAsync(question);

        Assert.True(reply.Abstained, reply.Text);
    }

    [Theory]
    [InlineData("How much does the Glowfield talking lamp cost?", "$129")]
    [InlineData("Wie viel wurde der Marineetat von Nordland erhöht?", "40 Milliarden")]
    public async Task A_price_or_the_asked_sum_still_answers(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }
}
