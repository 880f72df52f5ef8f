using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10: the thing a question asks, read from the noun the interrogative stands before. A noun of a quantity asks a
/// figure ("Welche Rundenzeit", "What height"), a person's real name and the holder of a given
/// place ("Who came second?") ask a person. Read wrongly, the sentence restating the question led, not the one holding the answer.
/// </summary>
public sealed class AskedThingTypingTests
{
    [Theory]
    [InlineData("Welche Rundenzeit fuhr die Fahrerin im Qualifying?")]
    [InlineData("In welcher Auflage erscheint die Wochenzeitung?")]
    [InlineData("Bei welcher Temperatur schmilzt das neue Material?")]
    [InlineData("What height did the pole vaulter clear in Berlin?")]
    [InlineData("What's the indoor world record held by the sprinter who won silver in Rome?")]
    [InlineData("What level has the central bank kept its key rate at?")]
    public void A_noun_of_a_quantity_after_the_interrogative_asks_a_figure(string question) =>
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));

    [Theory]
    [InlineData("Welche Auflagen muss der Betreiber erfüllen?")]
    [InlineData("Zu welcher Uhrzeit öffnet das Museum?")]
    [InlineData("What is the record label of the new band?")]
    public void Conditions_a_clock_time_or_a_record_label_are_no_quantity(string question) =>
        Assert.NotEqual(AnswerType.Number, ExpectedAnswerType.Of(question));

    [Theory]
    [InlineData("What is the rapper's real name?")]
    [InlineData("Wie lautet der bürgerliche Name der Sängerin?")]
    [InlineData("Who came second behind the champion in the marathon?")]
    [InlineData("Wer wurde Dritter beim Slalom in Schladming?")]
    public void A_real_name_or_the_holder_of_a_given_place_asks_a_person(string question) =>
        Assert.Equal(AnswerType.Person, ExpectedAnswerType.Of(question));
}
