using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How much did Prince Alwaleed's group pay to buy the Savoy hotel?" was answered by "Quinlan Private bought the Savoy
/// … for £750m": the sum is what another named party paid (SumOfAnotherParty). All sentences are invented.
/// </summary>
public sealed class SumOfAnotherPartyTests
{
    private readonly NameDetector _names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("How much did Hollins Group pay for the Grand hotel?", "en", "Hollins", "Payer")]
    [InlineData("How much money did the Corvane concert end up raising?", "en", "Corvane", "Payee")]
    [InlineData("How much is Westmark paying to take over Diskon?", "en", "Westmark", "Payer")]
    [InlineData("Wie viel zahlt Air Velora insgesamt für die Flugzeuge?", "de", "Velora", "Payer")]
    [InlineData("Wie viel will Westmark für die Übernahme von Diskon bezahlen?", "de", "Westmark", "Payer")]
    public void The_question_names_the_doer_of_its_act_and_its_side(string question, string language, string name, string side)
    {
        var asked = SumOfAnotherParty.AskedParty(question, language, _names);

        Assert.NotNull(asked);
        Assert.Contains(name, asked.Value.Names);
        Assert.Equal(side, asked.Value.Side.ToString());
    }

    [Theory]
    // The subject of a passive receives the sum: no doer is asked.
    [InlineData("How much was Hollins paid for the hotel?", "en")]
    // A doer without a name may be anyone the article calls otherwise.
    [InlineData("How much did the government pay for the airline?", "en")]
    // No act of payment asked.
    [InlineData("How much did tickets for the Hollins concert cost?", "en")]
    public void A_question_without_a_named_doer_of_an_act_asks_no_party(string question, string language) =>
        Assert.Null(SumOfAnotherParty.AskedParty(question, language, _names));

    [Theory]
    [InlineData("The seller - property firm Quarrow - bought the hotel for £750m last year.", "en", "Payer", "Quarrow")]
    [InlineData("Tribute to Heroes raised more than $150m for the victims.", "en", "Payee", "Heroes")]
    [InlineData("In May, Quarrow has also paid $12m for a stake.", "en", "Payer", "Quarrow")]
    [InlineData("2004 kaufte Quarrow das Hotel um 750 Millionen Euro.", "de", "Payer", "Quarrow")]
    public void A_named_party_before_its_verb_is_the_doer(string sentence, string language, string side, string doer) =>
        Assert.Equal(doer, SumOfAnotherParty.OtherDoer(sentence, language, _names, Enum.Parse<PaymentActs.Side>(side), new HashSet<string>()));

    [Theory]
    // The passive's subject receives the act.
    [InlineData("Quarrow was bought for £750m last year.", "Payer")]
    // A pronoun or a common noun may be the asked party.
    [InlineData("It also bought the hotel for £750m.", "Payer")]
    [InlineData("The firm paid £750m for the hotel.", "Payer")]
    // The other side's act tells the asked deal's sum: the seller's price is the buyer's.
    [InlineData("Quarrow sold the hotel for £750m.", "Payer")]
    public void A_passive_a_pronoun_or_the_other_side_names_no_other_doer(string sentence, string side) =>
        Assert.Null(SumOfAnotherParty.OtherDoer(sentence, "en", _names, Enum.Parse<PaymentActs.Side>(side), new HashSet<string>()));

    [Theory]
    // A party described by its town or nickname after a definite article may be the asked one ("Wie viel zahlt Bayern …?").
    [InlineData("Die Münchner zahlen für Larsson eine Ablöse von 4,5 Millionen Euro.", "de")]
    [InlineData("In May the Gunners paid £5m for the striker.", "en")]
    public void A_described_party_is_no_other_doer(string sentence, string language) =>
        Assert.Null(SumOfAnotherParty.OtherDoer(sentence, language, _names, PaymentActs.Side.Payer, new HashSet<string>()));

    [Fact]
    public void A_doer_the_question_names_is_the_other_side_of_the_asked_deal() =>
        Assert.Null(SumOfAnotherParty.OtherDoer("Quarrow bought a stake for $12bn.", "en", _names, PaymentActs.Side.Payer, new HashSet<string> { "quarrow" }));
}
