using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Mit welchem operativen Minus rechnet X?", "Welche Entschädigung soll Linz zahlen?": a which-question whose noun is a
/// sum of money asks the sum, not a name (issue 10; before, a currency word read as a name answered such questions by luck).
/// </summary>
public sealed class SumAskedByWhichTests
{
    [Theory]
    [InlineData("Mit welchem operativen Minus rechnet der Displayzulieferer für das erste Quartal?")]
    [InlineData("Welche Entschädigung soll Linz für die verschwundenen Bilder zahlen?")]
    [InlineData("Welche Ersparnis pro Quadratmeter erhofft sich die Sprecherin vom neuen Gesetz?")]
    [InlineData("Ab welchem monatlichen Einkommen gilt jemand nicht mehr als armutsgefährdet?")]
    [InlineData("Welchen Gewinn machte die Bank im dritten Quartal?")]
    [InlineData("Welche Baukosten nennt die Stadt für die Halle?")]
    [InlineData("What salary does the new coach earn?")]
    [InlineData("Which annual loss did the airline report?")]
    public void A_which_question_on_a_sum_asks_a_number(string question)
    {
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));
        Assert.Equal(AskedUnit.Measure.Money, AskedUnit.Of(question)?.Kind);
    }

    [Theory]
    [InlineData("Welche Steuer will die Regierung einführen?")]
    [InlineData("Welchen Schaden richtete der Sturm an?")]
    [InlineData("Welche Euro-Länder stimmten dagegen?")]
    [InlineData("Which loss-making firm was sold?")]
    [InlineData("Which revenue source did the club lose?")]
    [InlineData("Welchen Preis erhielt die Autorin?")]
    public void A_which_question_on_a_kind_or_a_thing_asks_no_sum(string question) =>
        Assert.False(AskedUnit.AsksSumByNoun(question));
}
