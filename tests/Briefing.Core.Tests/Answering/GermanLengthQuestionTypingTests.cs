using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// German "wie lang" (the adjective) asks a length, a figure ("20 Kilometer", "12 Zeichen"); "wie lange" asks a length of
/// time, and so does "wie lang" with a verb of time ("gedauert", "gebraucht"). Read as no type at all, the sentence
/// restating the question led (issue 10).
/// </summary>
public sealed class GermanLengthQuestionTypingTests
{
    [Theory]
    [InlineData("Wie lang ist der Grenzzaun, den das Land gebaut hat?", AnswerType.Number)]
    [InlineData("Wie lang sollte ein Passwort mindestens sein?", AnswerType.Number)]
    [InlineData("Wie lang hat die Hausdurchsuchung gedauert?", AnswerType.Duration)]
    [InlineData("Wie lang hat die Radfahrerin für die Strecke gebraucht?", AnswerType.Duration)]
    [InlineData("Wie lange dauerte die Sitzung?", AnswerType.Duration)]
    public void German_wie_lang_asks_a_length_unless_a_verb_of_time_asks_how_long_it_took(string question, AnswerType expected) =>
        Assert.Equal(expected, ExpectedAnswerType.Of(question));

}
