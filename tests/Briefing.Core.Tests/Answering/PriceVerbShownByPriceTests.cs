using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Was kostet der neue Anschluss pro Monat?" is answered by "The service comes with a hefty £39.99 monthly price tag":
/// a sentence that states a sum and says it is a price shows what a verb of price and pay asks, in words of its own
/// (issue 10, false abstention). A sum in another role (a reward, a pledge, a loss) shows no price.
/// </summary>
public sealed class PriceVerbShownByPriceTests
{
    [Theory]
    [InlineData("Was kostet der neue 8-Megabit-Anschluss von Fastlink pro Monat?", "The service comes with a hefty £39.99 monthly price tag.")]
    [InlineData("How much did the painting cost?", "It was sold at auction for $2.3m.")]
    [InlineData("Wie viel hat der Verein für den Stürmer bezahlt?", "Die Ablösegebühr liegt bei 27 Millionen Euro.")]
    public void A_sum_said_to_be_a_price_shows_the_price_verb(string question, string sentence) =>
        Assert.True(AskedUnit.Of(question)!.ShowsPriceVerbIn(sentence));

    [Theory]
    [InlineData("What was the jewellery stolen from the singer's house worth?", "A £100,000 reward has been offered for information leading to a conviction.")]
    [InlineData("Wie viel hat Microsoft für die Firma Giant bezahlt?", "On Tuesday, Mr Gates pledged $750m (£400m) of his own money to support the cause.")]
    [InlineData("Was kostet der neue 8-Megabit-Anschluss von Fastlink pro Monat?", "The service costs less than any other on offer.")]
    [InlineData("How much will the ministry save each year?", "The ministry will save £6m a year at that price.")]
    public void A_sum_in_another_role_or_no_sum_shows_no_price(string question, string sentence) =>
        Assert.False(AskedUnit.Of(question)?.ShowsPriceVerbIn(sentence) ?? false);
}
