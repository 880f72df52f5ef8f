using Briefing.Core.Answering;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Where …?" is answered by a place the words around it mark as one, though no dictionary lists it: a town after a
/// preposition and an adjective of where it lies ("in nearby Harrogate"), after "around" or
/// "close to", the town of a venue ("im Meereskundemuseum von Perth"), a venue for shows ("at the Alex Theater"), and a
/// place English news writes right before "Mr" ("Speaking in Harrogate Mr Kennedy said"). Without these the sentence
/// that says where held no place and a sentence naming another place led. Sentences invented.
/// </summary>
public sealed class PlaceAfterLocatingWordsTests
{
    private static readonly NameDetector Names = new(new WordTermStatistics(), []);

    [Theory]
    [InlineData("Die Perle soll nun im Meereskundemuseum von Perth ausgestellt werden.", "de", "Perth")]
    [InlineData("The party unveiled its slogan in nearby Harrogate on Friday.", "en", "Harrogate")]
    [InlineData("It pumped lead into the air as I drove around Cambridge.", "en", "Cambridge")]
    [InlineData("The hot spots centred on the villages and towns close to Bouira.", "en", "Bouira")]
    [InlineData("Tom Kenny hosted Sunday's ceremony at the Alex Theater, Los Angeles.", "en", "Alex")]
    [InlineData("Speaking in Harrogate Mr Kennedy said the party was ready.", "en", "Harrogate")]
    public void The_place_the_words_before_it_mark_is_a_where_answer(string sentence, string language, string place)
    {
        Assert.Contains(place, PlaceAnswers.In(sentence, language, Names));
    }

    [Theory]
    [InlineData("The party unveiled its slogan in its own Harrogate office.", "en", "Harrogate")]
    [InlineData("Speaking to reporters, Labour leader Mr Kennedy said the party was ready.", "en", "Labour")]
    public void A_name_no_place_word_marks_is_none(string sentence, string language, string name)
    {
        Assert.DoesNotContain(name, PlaceAnswers.In(sentence, language, Names));
    }
}
