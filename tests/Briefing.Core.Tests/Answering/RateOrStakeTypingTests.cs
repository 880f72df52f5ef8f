using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Welche Arbeitslosenquote meldete Eurostat?", "Mit welchem jährlichen Wachstum rechnet er?", "What stake does the fund
/// hold?": a rate, a growth, a stake is a figure, not a name. Read as a name, the sentence naming who reported it
/// ("Butterfill ist Chefökonom …") answered (issue 10, wrong sentences). "Wie groß ist der indirekte Casinos-Anteil …?"
/// asks a share, which was read as a sum by the company's name ("Invest"); the noun after the adjective is a percentage.
/// </summary>
public sealed class RateOrStakeTypingTests
{
    [Theory]
    [InlineData("Welche Arbeitslosenquote meldete Eurostat im April für Österreich?")]
    [InlineData("Mit welchem jährlichen Wachstum rechnet der Chefökonom für China?")]
    [InlineData("Welches Plus hatten Ökonomen für die Auftragseingänge erwartet?")]
    [InlineData("What stake in Deutsche Boerse does the fund TCI say it speaks for?")]
    public void A_rate_growth_or_stake_asks_a_figure(string question) =>
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));

    [Theory]
    [InlineData("Welcher Terminus beschreibt das Verfahren?")]
    [InlineData("Welche Wachstumsbranche hat die meisten Jobs geschaffen?")]
    public void A_noun_that_only_ends_like_one_asks_no_figure(string question) =>
        Assert.NotEqual(AnswerType.Number, ExpectedAnswerType.Of(question));

    [Fact]
    public void A_described_share_noun_is_a_percentage_not_a_later_name()
    {
        var unit = AskedUnit.Of("Wie groß ist der indirekte Casinos-Anteil der Leipnik-Lundenburger Invest?");

        Assert.Equal("Casinos-Anteil", unit?.Word);
        Assert.Equal(AskedUnit.Measure.Percent, unit?.Kind);
    }

    [Fact]
    public void A_described_count_noun_after_how_high_is_not_taken() =>
        Assert.NotEqual("Anzahl", AskedUnit.Of("Wie hoch ist die geschätzte Anzahl der Baumarten im Regenwald?")?.Word);
}
