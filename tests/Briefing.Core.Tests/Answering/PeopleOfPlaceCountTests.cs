using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How many Syrians were to be taken from the tent camp to Slovakia?" is answered by "42 syrische Asylwerber, die derzeit
/// im Zeltlager … untergebracht sind": a count asked by the people of a place is a count of people, which the article
/// words by its own noun for them, as a count asked by a person noun is (issue 10, false abstention). Told by the
/// dictionary: the singular is a people's adjective, or the German noun belongs to a place's word family.
/// </summary>
public sealed class PeopleOfPlaceCountTests
{
    private static readonly NameDetector Names = new(new WordTermStatistics(), [new Demonyms()]);

    [Theory]
    [InlineData("How many Syrians were to be taken from the tent camp to Slovakia?")]
    [InlineData("How many Americans are affected by lead in their drinking water?")]
    [InlineData("Wie viele Österreicher leben im Ausland?")]
    public void The_people_of_a_place_are_counted_as_people(string question)
    {
        var unit = AskedUnit.Of(question, Names)!;
        Assert.True(unit.PeopleOfPlace);
        Assert.True(unit.CountsByPersonNoun);
    }

    [Theory]
    [InlineData("How many Oscars did the film win?")]
    [InlineData("Wie viele Tonnen Stahl hat Österreich exportiert?")]
    public void Other_counted_nouns_are_not(string question) =>
        Assert.False(AskedUnit.Of(question, Names)!.PeopleOfPlace);

    [Fact]
    public void Without_a_dictionary_nothing_is_read_as_a_people() =>
        Assert.False(AskedUnit.Of("How many Syrians were to be taken to Slovakia?", new NameDetector(new WordTermStatistics(), []))!.PeopleOfPlace);

    /// <summary>A dictionary that lists a few people's adjectives as common English words and a few German place names.</summary>
    private sealed class Demonyms : IWordLexicon
    {
        public bool? IsCommonWord(string word, string language) =>
            language == "en" && word is "Syrian" or "American" or "Austrian" ? true : null;

        public bool IsPlaceName(string word, string language) => word is "Österreich" or "Syrien" or "Slowakei";
    }
}
