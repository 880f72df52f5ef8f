using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie stark war das Beben?", "How deep is the shaft?", "At what age …?": a measure with a unit or an age is a figure,
/// as "wie hoch" and "how big" are. Read as no type, the sentence restating the question led, not the one with the
/// figure (issue 10). "Wie heißt …?" stays a name.
/// </summary>
public sealed class MeasureQuestionTypingTests
{
    [Theory]
    [InlineData("Wie stark war das Erdbeben vor der Küste Chiles?")]
    [InlineData("Wie tief ist der neue Stollen im Bergwerk?")]
    [InlineData("Wie heiß werden die Akkus der neuen Handys?")]
    [InlineData("How strong was the earthquake that hit the island?")]
    [InlineData("How deep is the new shaft at the mine?")]
    [InlineData("How hot do the phones get when charging?")]
    [InlineData("At what age did the singer record her first album?")]
    [InlineData("In welchem Alter hat die Sängerin ihr erstes Album aufgenommen?")]
    [InlineData("Zum wievielten Mal hat der Verein den Pokal gewonnen?")]
    public void A_measure_an_age_or_a_count_of_times_is_asked_as_a_figure(string question) =>
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));

    [Theory]
    [InlineData("What did shoppers spend over the whole year, according to the report?")]
    [InlineData("Was verdient man in der Gastronomie ungefähr in der Stunde?")]
    public void A_what_question_with_a_verb_of_spending_or_earning_asks_a_sum(string question) =>
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));

    [Theory]
    [InlineData("What will the council spend the money on?")]
    [InlineData("Wie heißt der neue Bürgermeister von Linz?")]
    [InlineData("Wie heißt das neue Album der Band?")]
    public void Wie_heisst_is_no_measure(string question) =>
        Assert.NotEqual(AnswerType.Number, ExpectedAnswerType.Of(question));
}
