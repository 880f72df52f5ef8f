using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Money questions whose sum is asked away from "how much" (issue 10, unanswerable figure questions answered): "How much
/// was the bail …?" was answered by "names of 400 customers", "Für welche Ablösesumme …?" by "Nach 16 Siegen in Folge",
/// "How much did X offer for a stake?" by "circulation up by 20% to 260,000". Read as a sum, only a figure in a currency
/// answers them; a figure written as a sum in turn counts no people ("$10,000 has resulted in …" for "How many people …?").
/// </summary>
public sealed class SumAskedBesideItsNounTests
{
    [Theory]
    [InlineData("How much was the bail for the hacker who broke into Nordwerk's network?", "bail")]
    [InlineData("How much is the fine for parking on the Kelby promenade?", "fine")]
    [InlineData("How big a retirement payout did Anna Berg get when she left Nordwerk?", "payout")]
    public void The_noun_of_a_sum_after_the_verb_or_article_asks_a_sum(string question, string word)
    {
        var unit = AskedUnit.Of(question);
        Assert.Equal(AskedUnit.Measure.Money, unit?.Kind);
        Assert.Equal(word, unit!.Word);
        Assert.False(unit.IsStatedIn("Mr Holt took the names of 400 customers, said a company spokesman."));
    }

    [Fact]
    public void A_compound_of_Summe_asks_a_sum_without_a_role_of_its_own()
    {
        var unit = AskedUnit.Of("Für welche Ablösesumme ist Paul Ebner zu Nordhafen United gewechselt?");
        Assert.Equal(AskedUnit.Measure.Money, unit?.Kind);
        Assert.False(unit!.HasRole);
        Assert.True(unit.IsStatedIn("Nordhafen United überweist für Ebner 12 Millionen Euro."));
    }

    [Fact]
    public void A_bid_after_how_much_is_a_sum_the_answer_calls_one()
    {
        var unit = AskedUnit.Of("How much did Kelby Media offer for a stake in the Northfield Gazette?");
        Assert.Equal(AskedUnit.Measure.Money, unit?.Kind);
        Assert.True(unit!.HasRole);
        // "What price …?" asks the price itself: any sum of a price answers, whatever the article calls the bid.
        Assert.False(AskedUnit.Of("What price per share is Kelby Media's chairman offering for the rest of the club?") is { HasRole: true });
    }

    [Theory]
    [InlineData("Pro Kind stehen nur 38 Cent pro Monat für die Krankenversorgung zur Verfügung.", true)]
    [InlineData("The shares were valued at 530 pence each.", true)]
    [InlineData("Christians make up about two per cent of the population.", false)]
    public void Cents_and_pence_state_a_sum_and_per_cent_does_not(string sentence, bool stated) =>
        Assert.Equal(stated, AskedUnit.Of("How much money is available per child each month?")!.IsStatedIn(sentence));

    [Theory]
    [InlineData("A year's work and $10,000 has resulted in a remote-controlled rig.", true)]
    [InlineData("So far 10,000 have signed up for the scheme.", false)]
    public void A_figure_written_as_a_sum_counts_no_people(string sentence, bool countsOther)
    {
        var unit = AskedUnit.Of("How many people have signed up so far to hunt online on the Kelby ranch?")!;
        var candidate = new CandidateSentence(sentence, new PassageHit(new Passage("a#p0", "a", 0, sentence, "en"), new ArticleInfo("a", "a", null, null, null, "en"), 1f),
            0, 0, new HashSet<string>(), 0.5, 1) { Novel = new HashSet<string> { "10000" } };
        Assert.Equal(countsOther, AskedFact.CountsOtherThings(candidate, unit, new HashSet<string>(), new NoTermStatistics()));
    }
}
