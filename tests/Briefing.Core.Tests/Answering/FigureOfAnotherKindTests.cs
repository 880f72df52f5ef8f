using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// How-much and how-many questions the article does not answer were answered by a figure of another kind (issue 10,
/// unanswerables answered): "How many red cards was he shown?" by "Mikoliunas, 20, barged the linesman" (an age) beside
/// "We don't know how many red cards he was shown", "Wie viele Goldmedaillen hat Diamond gewonnen?" by "hat schon sechs
/// Mal an Olympischen Spielen teilgenommen" (a frequency), "What minimum price had the family put on the tapes?" by
/// "Nogar, who died in 1994 aged 72" (no sum at all), "When did Yahoo celebrate its 20th anniversary?" by "is
/// celebrating its 10th anniversary" (another of the series).
/// </summary>
public sealed class FigureOfAnotherKindTests
{
    [Theory]
    [InlineData("Mikoliunas, 20, barged linesman Andy Davis in the 2-1 defeat.", "20", true)]
    [InlineData("The company is seeking people aged 18 to 99.", "99", true)]
    [InlineData("He was sent off for violent conduct in the 90th minute.", "90", true)]
    [InlineData("Die Polizei stoppte Michael Diamond (44) betrunken am Steuer.", "44", true)]
    [InlineData("Photos of the head are taken so that a model can be generated in 3D.", "3", true)]
    [InlineData("Some 3,000 people turned up for the casting.", "3000", false)]
    [InlineData("So far 10,000 have signed up for the scheme.", "10000", false)]
    public void An_age_or_an_ordinal_counts_no_people(string sentence, string figure, bool countsOther)
    {
        var unit = AskedUnit.Of("How many people turned up to the open casting in Kelby?")!;
        Assert.Equal(countsOther, AskedFact.CountsOtherThings(Candidate(sentence, figure, "en"), unit, new HashSet<string>(), new NoTermStatistics()));
    }

    [Theory]
    [InlineData("Diamond hat schon sechs Mal an Olympischen Spielen teilgenommen und mehrere Goldmedaillen gewonnen.", "6", true)]
    [InlineData("Diamond hat schon zwei Goldmedaillen gewonnen.", "2", false)]
    public void A_frequency_counts_no_things(string sentence, string figure, bool countsOther)
    {
        var unit = AskedUnit.Of("Wie viele Goldmedaillen hat der Tontaubenschütze Michael Diamond gewonnen?")!;
        var terms = new NoTermStatistics().AnalyzeTerms("Goldmedaillen", "de").ToHashSet(StringComparer.Ordinal);
        Assert.Equal(countsOther, AskedFact.CountsOtherThings(Candidate(sentence, figure, "de"), unit, terms, new NoTermStatistics()));
    }

    [Theory]
    [InlineData("\"We don't know how many red cards he was shown,\" said an SFA statement.", true)]
    [InlineData("\"We don't know if he did something else after the whistle.\"", false)]
    [InlineData("Die Polizei weiß noch nicht, wann der Tunnel wieder öffnet.", false)]
    public void A_source_that_does_not_know_the_asked_figure_says_it_is_not_told(string sentence, bool untold) =>
        Assert.Equal(untold, StatedUnknown.OfAskedKind(sentence, "How many red cards was the Hearts winger shown?", AnswerType.Number, false));

    /// <summary>"did not know who to believe" is a dilemma of what to do, not a name the source lacks (the sentence names the asked one).</summary>
    [Theory]
    [InlineData("Lib Dem spokesman Vince Cable said the public did not know who to believe and the auditors should judge.", false)]
    [InlineData("The police said they did not know who started the fire.", true)]
    public void Not_knowing_who_to_do_something_says_no_name_is_untold(string sentence, bool untold) =>
        Assert.Equal(untold, StatedUnknown.OfAskedKind(sentence, "Which Lib Dem wanted the auditors to check the figures?", AnswerType.Person, false));

    [Fact]
    public void A_source_that_does_not_know_when_says_the_date_is_not_told() =>
        Assert.True(StatedUnknown.OfAskedKind("Die Polizei weiß noch nicht, wann der Tunnel wieder öffnet.", "Wann öffnet der Tunnel wieder?", AnswerType.Date, false));

    [Fact]
    public void What_price_asks_a_sum()
    {
        var unit = AskedUnit.Of("What minimum price had Thorne Nogar's family put on the early Elvis tapes?");
        Assert.Equal(AskedUnit.Measure.Money, unit?.Kind);
        Assert.False(unit!.IsStatedIn("Nogar, who died in 1994 aged 72, always used to make two tapes of sessions."));
        Assert.NotEqual(AskedUnit.Measure.Money, AskedUnit.Of("What amount of rain fell on Kelby in March?")?.Kind);
    }

    [Theory]
    [InlineData("Yahoo, one of the net's most iconic companies, is celebrating its 10th anniversary this week.", true)]
    [InlineData("Yahoo celebrated its 20th anniversary on 2 March, ten years after its 10th anniversary.", false)]
    [InlineData("Yahoo was founded in 1994 by two Stanford students.", false)]
    public void Another_ordinal_of_the_asked_noun_tells_another_of_the_series(string sentence, bool other) =>
        Assert.Equal(other, OtherOrdinalOfAskedNoun.Missing([Candidate(sentence, "10", "en")], "When did Yahoo celebrate its 20th anniversary?", null) is not null);

    private static CandidateSentence Candidate(string sentence, string figure, string language) =>
        new(sentence, new PassageHit(new Passage("a#p0", "a", 0, sentence, language), new ArticleInfo("a", "a", null, null, null, language), 1f),
            0, 0, new HashSet<string>(), 0.5, 1) { Novel = new HashSet<string> { figure } };
}
