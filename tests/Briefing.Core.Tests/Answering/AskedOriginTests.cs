using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Woher stammen …?": news says where the people it is about come from in a later sentence that refers back to them
/// ("Beide stammen aus …", "einen Soldaten aus …") and repeats neither their names nor the question's words.
/// </summary>
public sealed class AskedOriginTests
{
    [Theory]
    [InlineData("Woher stammen der Onkel und der Bub aus dem Hotel in Dornfeld?")]
    [InlineData("Aus welchem Land kommt der verhaftete Fahrer?")]
    [InlineData("Which country was the peacekeeper killed in the attack from?")]
    [InlineData("Where is the new coach from?")]
    public void An_origin_question_is_recognised(string question) => Assert.True(AskedOrigin.IsAsked(question));

    [Theory]
    [InlineData("Wo wurde der Bub gefunden?")]
    [InlineData("Aus welchem Jahr stammt der Erlass?")]
    [InlineData("How much does Sri Lanka want from the IMF?")]
    public void Other_questions_are_not(string question) => Assert.False(AskedOrigin.IsAsked(question));

    [Theory]
    [InlineData("Beide stammen aus dem Kreis Waldhagen in Niedersachsen.", "de", "Waldhagen")]
    [InlineData("Aus UN-Kreisen verlautete, dass es sich um einen Soldaten aus Malawi handelte.", "de", "Malawi")]
    [InlineData("He comes from Ghana, his club said.", "en", "Ghana")]
    public void The_origin_said_of_people_referred_back_to_is_found(string sentence, string language, string place) =>
        Assert.Contains(AnswerCandidates.NameKey(place), AskedOrigin.StatedBackIn(sentence, language));

    [Theory]
    [InlineData("Die Lieferung stammt aus Malawi.", "de")]
    [InlineData("Die Menschen aus Malawi warten auf Hilfe.", "de")]
    public void An_origin_of_things_or_of_people_in_general_is_not(string sentence, string language) =>
        Assert.Empty(AskedOrigin.StatedBackIn(sentence, language));
}
