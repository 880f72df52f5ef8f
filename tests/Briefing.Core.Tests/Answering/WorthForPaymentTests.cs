using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A question for what is paid or what something costs is not answered by what something is worth: "Wie viel will
/// Nordwerk für Kettler bezahlen?" over "Kettler ist an der Börse rund 4,2 Milliarden Euro wert" abstains (the firm's
/// market worth, not the deal's price), while a sentence that writes the payment beside a worth ("in a deal worth"),
/// and a question for the worth itself, still answer. All articles are invented.
/// </summary>
public sealed class WorthForPaymentTests : InventedArticlesTest
{
    public WorthForPaymentTests()
    {
        Folder.Write("news/kettler.txt", """
            Nordwerk will Kettler übernehmen
            Der Maschinenbauer Nordwerk will den Pumpenhersteller Kettler übernehmen.
            Kettler ist an der Börse rund 4,2 Milliarden Euro wert.
            """);
        Folder.Write("news/brightmill.txt", """
            Harwick to buy Brightmill
            Harwick has agreed to buy the software firm Brightmill in a deal worth $1.6bn, the company said on Monday.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_market_worth_does_not_answer_what_is_paid()
    {
        var reply = await Engine.AskAsync("Wie viel will Nordwerk für die Übernahme von Kettler bezahlen?");

        Assert.True(reply.Abstained, reply.Text);
    }

    [Theory]
    [InlineData("How much is Harwick paying for Brightmill?", "$1.6bn")]
    [InlineData("Wie viel ist der Pumpenhersteller Kettler an der Börse wert?", "4,2 Milliarden Euro")]
    public async Task A_deal_beside_its_worth_or_a_question_for_the_worth_still_answers(string question, string answer)
    {
        var reply = await Engine.AskAsync(question);

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Text);
    }
}
