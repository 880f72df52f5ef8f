using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie groß ist der Anteil der Krim-Bewohner, die ein Stromabkommen ablehnen?" asks in the present: its last verb is the
/// relative clause's. Read as a perfect ("ist … ablehnen"), the question asked what happened, and the answer's "ein von Kiew
/// angestrebtes Abkommen" made its share "only a plan" (issue 10, false abstentions).
/// </summary>
public sealed class RelativeClauseTenseTests
{
    [Fact]
    public void A_relative_clause_verb_makes_no_perfect() =>
        Assert.False(AskedOutlook.AsksActual("Wie groß ist der Anteil der Krim-Bewohner, die ein Stromabkommen mit Kiew ablehnen?", "de"));

    [Fact]
    public void A_perfect_participle_last_still_asks_what_happened() =>
        Assert.True(AskedOutlook.AsksActual("Auf wie viel sind die Exporte im Vorjahr gestiegen?", "de"));

    [Theory]
    [InlineData("Um wie viel ist der Umsatz auf 2,5 Milliarden Euro gestiegen?")]
    [InlineData("Wie viele Tore hat Müller, der Kapitän, in der Saison geschossen?")]
    public void A_decimal_comma_or_an_apposition_does_not_end_the_perfect(string question) =>
        Assert.True(AskedOutlook.AsksActual(question, "de"));
}
