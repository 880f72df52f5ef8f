using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, who-questions answered with the sentence that restates the question: "A last-gasp touchdown from Luke
/// Narraway pulled the visitors level" names the scorer after "from", which made the name a place, so the sentence held
/// no person and the lede's other scorer led. A first name and a surname that only a preposition of place marks, and no
/// dictionary lists as a place, may answer "who"; a listed place, one with a place noun, or a name without a dictionary
/// stays a place. Sentences invented.
/// </summary>
public sealed class PersonAfterPlacePrepositionTests
{
    private static readonly NameDetector WithPlaces = new(new WordTermStatistics(), [new PlacesOnly("New Zealand", "Leeds")]);

    [Theory]
    [InlineData("A last-gasp touchdown from Luke Narraway pulled the visitors level.", "en", "narraway")]
    [InlineData("Bei der Wahl zum Trainer des Jahres setzte sich in Dieter Hecking ein Wolfsburger durch.", "de", "hecking")]
    public void A_person_shaped_name_after_a_preposition_of_place_may_answer_who(string sentence, string language, string key)
    {
        Assert.Contains(key, AnswerCandidates.Of(sentence, AnswerType.Person, language, WithPlaces));
    }

    [Theory]
    [InlineData("The squad flew in from New Zealand on Sunday.", "en", "zealand")]
    [InlineData("A fan from Leeds travelled to the game.", "en", "leeds")]
    [InlineData("He lives in the Palmers Green district.", "en", "palmers")]
    public void A_listed_place_or_one_with_a_place_noun_answers_no_who(string sentence, string language, string key)
    {
        Assert.DoesNotContain(key, AnswerCandidates.Of(sentence, AnswerType.Person, language, WithPlaces));
    }

    [Fact]
    public void Without_a_dictionary_every_name_after_a_preposition_of_place_stays_a_place()
    {
        var names = new NameDetector(new WordTermStatistics(), []);

        Assert.DoesNotContain("narraway", AnswerCandidates.Of("A late try from Luke Narraway levelled it.", AnswerType.Person, "en", names));
    }

    /// <summary>A dictionary that knows only the given place names.</summary>
    private sealed class PlacesOnly(params string[] places) : IWordLexicon
    {
        public bool? IsCommonWord(string word, string language) => null;

        public bool IsPlaceName(string word, string language) => places.Contains(word);
    }
}
