using Briefing.Core.Answering;
using Briefing.Core.Search;
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
    // The act's verb is any of PaymentActs', not a second list: "bid" and "acquire" ask the payer.
    [InlineData("How much did Hollins bid for the Grand hotel?", "en", "Hollins", "Payer")]
    [InlineData("How much is Westmark to pay for Diskon?", "en", "Westmark", "Payer")]
    // The perfect, the usual German tense of a question.
    [InlineData("Wie viel hat Westmark für Diskon gezahlt?", "de", "Westmark", "Payer")]
    [InlineData("Wie viel hat Westmark für das Hotel bekommen?", "de", "Westmark", "Payee")]
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
    // A German passive: "wurde" is no doer's verb, and "für Larsson" names the bought player.
    [InlineData("Wie viel wurde für Larsson bezahlt?", "de")]
    [InlineData("Wie viel Geld ist an Westmark überwiesen worden?", "de")]
    // "get" is any act of receiving: no side.
    [InlineData("How much did Hollins get for the hotel?", "en")]
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
    // The act nearest before the sum is a common noun's.
    [InlineData("After Quarrow bought the hotel in 2004, the group paid £750m for it.", "Payer")]
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

    [Theory]
    // A German noun is capitalised: "Zahlen" are figures, not "they pay".
    [InlineData("Zuletzt Zahlen Quarrow zufolge 750 Millionen Euro.")]
    // "es gibt" says that something is, nobody gives.
    [InlineData("In Steyr gibt es seit 2004 ein Werk für 300 Millionen Euro.")]
    // A participle before "wurden" is a passive's: "Euro" is no doer.
    [InlineData("In Steyr steht ein Werk, in das 300 Millionen Euro investiert wurden.")]
    public void A_German_noun_or_es_gibt_is_no_act(string sentence) =>
        Assert.Null(SumOfAnotherParty.OtherDoer(sentence, "de", _names, PaymentActs.Side.Payer, new HashSet<string>()));

    [Theory]
    // Progressive and "is to" are active: their subject is the doer.
    [InlineData("Quarrow was paying £750m for the hotel.", "Quarrow")]
    [InlineData("Last week Quarrow is to buy the hotel for £750m.", "Quarrow")]
    // The act nearest before the sum decides, not the sentence's first.
    [InlineData("After the group bought the hotel, Quarrow paid £750m for it.", "Quarrow")]
    public void The_doer_of_an_active_act_nearest_the_sum_is_read(string sentence, string doer) =>
        Assert.Equal(doer, SumOfAnotherParty.OtherDoer(sentence, "en", _names, PaymentActs.Side.Payer, new HashSet<string>(), sentence.IndexOf('£') + 5));

    [Fact]
    public void A_passive_after_to_be_is_still_a_passive() =>
        Assert.Null(SumOfAnotherParty.OtherDoer("Quarrow is to be paid £750m.", "en", _names, PaymentActs.Side.Payer, new HashSet<string>()));

    [Fact]
    public void The_asked_party_is_also_written_in_the_forms_its_expansions_give()
    {
        var expansions = new List<WeightedTerm> { new("Munich", "en", 0.5f) { Group = "en:Bayern" }, new("Rome", "en", 0.5f) { Group = "en:Roma" } };

        var forms = SumOfAnotherParty.FormsOf(["Bayern"], "en", expansions);

        Assert.Contains("Munich", forms);
        Assert.DoesNotContain("Rome", forms);
    }

    [Fact]
    public void The_sum_ends_at_the_first_prefix_that_states_one() =>
        Assert.Equal("Quarrow bought it for £750m".Length,
            SumOfAnotherParty.SumEnd("Quarrow bought it for £750m last year.", s => s.Contains("£750m")));

    [Theory]
    [InlineData("zahlen", "de", "Payer")]
    [InlineData("Zahlen", "de", null)]
    [InlineData("Paid", "en", "Payer")]
    // A German form is no English act: "the bot" is not "bot" (offered).
    [InlineData("bot", "en", null)]
    public void A_German_act_is_written_in_lower_case_and_read_only_in_German(string word, string language, string? side) =>
        Assert.Equal(side, PaymentActs.Of(word, language)?.ToString());

    [Fact]
    public void A_compound_hyphen_is_no_apposition_dash() =>
        Assert.Null(SumOfAnotherParty.OtherDoer("It was a Quarrow-paid bonus of £5m.", "en", _names, PaymentActs.Side.Payer, new HashSet<string>()));
}
