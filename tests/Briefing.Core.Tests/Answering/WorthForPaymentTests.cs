using Briefing.Core.Answering;
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

    /// <summary>
    /// A payment is read by whole words (PaymentActs' verbs, a deal's nouns): "Gesellschaft", "Soldaten", "Gebiet" hold
    /// "sell", "sold", "biet" but write no payment, so the worth guard stays on; "fetch" asks a price as
    /// MoneyVerbs.PriceAndPay says.
    /// </summary>
    [Theory]
    [InlineData("Wie viel will Western Digital für SanDisk bezahlen?", "SanDisk ist rund 14,6 Mrd. Dollar wert, die Gesellschaft hat 9000 Mitarbeiter.")]
    [InlineData("Wie viel will Nordwerk für Kettler bezahlen?", "Kettler ist in dem Gebiet rund 4 Mrd. Euro wert.")]
    [InlineData("What did the painting fetch?", "The painting is worth $5m, experts say.")]
    public void A_stem_inside_another_word_writes_no_payment(string question, string sentence)
    {
        Assert.True(SumMeasures.OnlyWorthForPayment(question, [sentence], _ => true));
    }

    [Theory]
    [InlineData("How much did Harwick pay for Brightmill?", "Harwick bought Brightmill, which is worth $1.6bn.")]
    [InlineData("Wie viel will Nordwerk für Kettler bezahlen?", "Nordwerk bietet für Kettler, das rund 4 Mrd. Euro wert ist.")]
    [InlineData("Wie viel will Nordwerk für Kettler bezahlen?", "Der Kaufpreis: Kettler ist rund 4 Mrd. Euro wert.")]
    public void A_payment_beside_the_worth_keeps_it(string question, string sentence)
    {
        Assert.False(SumMeasures.OnlyWorthForPayment(question, [sentence], _ => true));
    }
}
