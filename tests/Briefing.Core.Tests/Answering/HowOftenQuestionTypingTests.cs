using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie oft …?" and "How often …?" ask for a count of times ("mehr als 300-mal", "zwölf Mal in Folge"), a figure, as
/// "how many times" does. Read as no type at all, the sentence restating the question led instead of the one with
/// the count (issue 10).
/// </summary>
public sealed class HowOftenQuestionTypingTests
{
    [Theory]
    [InlineData("Wie oft haben Fans das gesperrte Video des Bürgermeisters wieder hochgeladen?")]
    [InlineData("Wie oft hintereinander hat der Verein den Pokal schon gewonnen?")]
    [InlineData("How often was the stolen painting sold before the police found it?")]
    [InlineData("How many times did the ferry have to turn back?")]
    public void A_question_for_how_often_asks_for_a_count(string question) =>
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));
}
