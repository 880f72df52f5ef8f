using Briefing.Core.Answering;
using Briefing.Core.Search;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// XQuAD across languages: "Wer führte die Verstärkungstruppen in Neufrankreich an?" of an English paragraph that writes
/// "New France", "the Amazon basin in South America" of a German one that writes "Südamerikas". German joins a compass
/// point or "neu" and the place in one compound, English writes two words; the place is translated as the dictionary's
/// expansions give it.
/// </summary>
public sealed class CompassPlaceFormsTests
{
    private static WeightedTerm Translation(string text, string language, string group) => new(text, language, 1f) { Group = group };

    [Fact]
    public void A_German_compound_is_the_English_point_and_place()
    {
        const string question = "Wer führte 1756 die Verstärkungstruppen in Neufrankreich an?";
        var forms = CompassPlaceForms.Of(question, question.IndexOf("Neufrankreich", StringComparison.Ordinal), "Neufrankreich", "de",
            [Translation("France", "en", "de:Frankreich"), Translation("recent", "en", "de:Neu")]);
        Assert.Contains("New France", forms);
    }

    [Theory]
    [InlineData("South")]
    [InlineData("America")]
    public void An_English_point_and_its_place_are_the_German_compound(string name)
    {
        const string question = "What rainforest covers the Amazon basin in South America?";
        var forms = CompassPlaceForms.Of(question, question.IndexOf(name, StringComparison.Ordinal), name, "en", [Translation("Amerika", "de", "en:America")]);
        Assert.Contains("Südamerika", forms);
    }

    [Fact]
    public void A_rest_the_dictionary_gives_no_name_for_is_no_place() =>
        Assert.Empty(CompassPlaceForms.Of("Wann ist die Neuwahl?", 9, "Neuwahl", "de", [Translation("election", "en", "de:Wahl")]));

    [Fact]
    public void A_name_beside_no_point_has_no_such_form()
    {
        const string question = "Who won the election in America?";
        Assert.Empty(CompassPlaceForms.Of(question, question.IndexOf("America", StringComparison.Ordinal), "America", "en", [Translation("Amerika", "de", "en:America")]));
    }
}
