using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Was hat die Fusionsanlage gekostet?" over "In der eine Milliarde Euro teuren Anlage …": the inflected adjective
/// ("teure", "teuren") drops the e of "teuer", and the sum before it is the thing's price; the answer abstained as
/// "no chosen sentence's sum is the price of the asked thing" (issue 10, probe12-011, probe33-069). And a capitalised
/// "Sparte" (a company's division) is no form of "sparen": "Wie viel will X für seine Sparte einsparen?" asks what is
/// saved (probe40-061). The article is invented.
/// </summary>
public sealed class CostByPriceAdjectiveTests : InventedArticlesTest
{
    public CostByPriceAdjectiveTests()
    {
        Folder.Write("news/fusion.txt", """
            Nordmark startet Versuchsanlage Helion
            Greifsberg – Die Fusionsanlage Helion in Greifsberg hat am Donnerstag ihren Betrieb aufgenommen.
            In der eine Milliarde Euro teuren Anlage wollen Forscher die Kernfusion nach dem Vorbild der Sonne erforschen.
            Der Bau hatte neun Jahre gedauert.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_sum_before_teuren_is_the_price()
    {
        var answer = await Engine.AskAsync("Was hat die Fusionsanlage Helion in Greifsberg gekostet?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("eine Milliarde Euro", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("die eine Milliarde Euro teure Anlage", true)]
    [InlineData("Die Akteure der Branche trafen sich in Wien mit 400 Amateuren.", false)]
    public void The_inflected_adjective_says_price_and_Akteure_does_not(string sentence, bool price) =>
        Assert.Equal(price, PricedThing.SaysPriceIn(sentence));

    [Fact]
    public void A_capitalised_Sparte_is_no_saving_verb() =>
        Assert.Equal("einsparen", AskedUnit.Of("Wie viel will Novartis nach den Zukäufen für seine Generika-Sparte Sandoz pro Jahr einsparen?")!.Word);
}
