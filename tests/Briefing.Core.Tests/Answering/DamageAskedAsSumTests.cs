using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie groß war der Gesamtschaden, den der Einbrecher angerichtet hat?" asks a sum: German news states a Schaden in euros,
/// so "gestand 67 Einbruchsdiebstähle" (a count of break-ins in the same article) does not answer it (issue 10, unanswerable
/// detail: the right subject's other attribute).
/// </summary>
public sealed class DamageAskedAsSumTests
{
    [Theory]
    [InlineData("Wie groß war der Gesamtschaden, den der Autoeinbrecher in Lindau angerichtet hat?")]
    [InlineData("Wie hoch ist der Sachschaden nach dem Brand im Schloss Ebenau?")]
    [InlineData("Wie hoch ist der Schaden nach dem Brand im Lager?")]
    [InlineData("Wie hoch sind die Versicherungsschäden nach dem Sturm?")]
    public void A_german_damage_is_a_sum_of_money(string question) =>
        Assert.Equal(AskedUnit.Measure.Money, AskedUnit.Of(question)?.Kind);

    [Fact]
    public void A_count_of_break_ins_states_no_damage()
    {
        var unit = AskedUnit.Of("Wie groß war der Gesamtschaden, den der Autoeinbrecher in Lindau angerichtet hat?")!;
        Assert.False(unit.IsStatedIn("53-Jähriger gestand 67 Einbruchsdiebstähle in Lindau und Umgebung."));
        Assert.True(unit.IsStatedIn("Die Radiotest-Manipulationen könnten einen Schaden von bis zu 20 Millionen Euro verursacht haben."));
    }

    /// <remarks>
    /// A compound of Schaden names the damage in other words than the sentence that states it ("ein Schaden von …"), so the
    /// sum's role is not checked against the question's word, as for a compound of Geld.
    /// </remarks>
    [Fact]
    public void A_damage_has_no_role_a_sentence_must_write() =>
        Assert.False(AskedUnit.Of("Wie groß war der Gesamtschaden, den der Autoeinbrecher angerichtet hat?")!.HasRole);

    [Fact]
    public void An_english_damage_is_left_as_it_was() =>
        Assert.NotEqual(AskedUnit.Measure.Money, AskedUnit.Of("How much damage did the storm cause to the harbour?")?.Kind);
}
