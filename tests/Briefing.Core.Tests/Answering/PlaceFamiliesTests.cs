using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A place's words that no ending derives from each other: "the Dutch" asks of an article that writes "the Netherlands"
/// or "Niederlande", "Franzosen" of one that writes "France"; a place never stands for a larger or smaller one.
/// </summary>
public sealed class PlaceFamiliesTests
{
    [Theory]
    [InlineData("Dutch", "en", "Netherlands")]
    [InlineData("Dutch", "en", "Niederlande")]
    [InlineData("French", "en", "Frankreich")]
    // Inflected as the question types it: matched by the analysed word.
    [InlineData("Franzosen", "de", "France")]
    [InlineData("Schotten", "de", "Scotland")]
    [InlineData("Congolese", "en", "Kongo")]
    // XQuAD: "the Canarian Islands" of a German paragraph on "die Kanarischen Inseln", and back.
    [InlineData("Canarian", "en", "kanarisch")]
    [InlineData("Kanarischen", "de", "Canarian")]
    public void A_people_or_adjective_brings_its_place(string word, string language, string place) =>
        Assert.Contains(place, PlaceFamilies.OthersOf(word, language));

    [Theory]
    // A Scot is no proof of Britain, nor the Madrid press of Spain.
    [InlineData("Scot", "en", "Britain")]
    [InlineData("Madrid", "en", "Spain")]
    public void Another_place_is_not_brought(string word, string language, string place) =>
        Assert.DoesNotContain(place, PlaceFamilies.OthersOf(word, language));

    [Fact]
    public void A_word_of_no_place_brings_nothing() => Assert.Empty(PlaceFamilies.OthersOf("Minister", "de"));

    [Fact]
    public void The_word_itself_is_not_among_the_others() => Assert.DoesNotContain("Dutch", PlaceFamilies.OthersOf("Dutch", "en"));
}
