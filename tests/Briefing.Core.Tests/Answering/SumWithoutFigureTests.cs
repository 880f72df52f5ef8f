using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How much has X put aside?" is not answered by "has had to set aside millions of dollars": a currency beside no
/// figure, or beside a plural scale only, says an order of size, not the asked sum (issue 10, unanswerable detail).
/// </summary>
public sealed class SumWithoutFigureTests
{
    [Theory]
    [InlineData("How much did Norwell Foods spend on the recall?", "The firm has had to set aside millions of pounds to cover the recall.")]
    [InlineData("Wie viel Geld hat die Stadt Kirchau für die Brücke ausgegeben?", "Die Stadt hat Millionen Euro in die Brücke gesteckt.")]
    [InlineData("How much did the council spend on the new bridge?", "The council says it spends its money in euros only.")]
    public void A_currency_beside_no_figure_states_no_sum(string question, string sentence)
    {
        var unit = AskedUnit.Of(question);
        Assert.Equal(AskedUnit.Measure.Money, unit?.Kind);
        Assert.False(unit!.IsStatedIn(sentence));
    }

    [Theory]
    [InlineData("How much did Norwell Foods spend on the recall?", "Norwell Foods has set aside $12m (£6.3m) for the recall.")]
    [InlineData("How much did Norwell Foods spend on the recall?", "Norwell Foods set aside half a million dollars for the recall.")]
    [InlineData("Wie viel Geld hat die Stadt Kirchau für die Brücke ausgegeben?", "Die Stadt hat fünf Millionen Euro in die Brücke gesteckt.")]
    [InlineData("Wie viel Geld hat die Stadt Kirchau für die Brücke ausgegeben?", "Die Brücke kostete 2,4 Millionen Schweizer Franken.")]
    [InlineData("How much in damages does Microsoft want from the spam company run by Scott Richter?", "In its Chapter 11 filing OptInRealBig claimed it had assets of less than $10m (£5.29m) but debts of more than $50m which included the $46m that Microsoft is seeking via its lawsuit.")]
    [InlineData("How much did the council spend on the new bridge?", "It had assets of less than $10m (£5.29m) but debts of more than $50m, which included the $46m it spent.")]
    public void A_currency_beside_a_figure_states_the_sum(string question, string sentence) =>
        Assert.True(AskedUnit.Of(question)!.IsStatedIn(sentence));

    [Theory]
    [InlineData("How much has Norwell Foods put aside for the recall lawsuits?")]
    [InlineData("How much did the club set aside for the new stand?")]
    public void Money_put_aside_is_a_sum_of_money(string question) =>
        Assert.Equal(AskedUnit.Measure.Money, AskedUnit.Of(question)?.Kind);
}
