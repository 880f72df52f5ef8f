using Briefing.Core.Answering;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Where …?" is answered by a place the sentence marks in more ways than a preposition before a name: a town after a
/// German "-ort" compound ("im Schwarzmeerort Rize"), a venue behind or beside which something happens ("hinter der
/// Rupertuskirche"), an airfield used as grounds ("am Flugplatz Mendig"), and a name the sentence calls the site of the
/// event though it stands first ("Kent is likely to be the site of …"). Without these the sentence that says where held
/// no new place and a sentence naming another place led. Sentences invented.
/// </summary>
public sealed class PlaceBesideVenueTests
{
    private static readonly NameDetector Names = new(new WordTermStatistics(), []);

    [Theory]
    [InlineData("Im Schwarzmeerort Rize sagte er vor jubelnden Anhängern, das Volk habe entschieden.", "de", "Rize")]
    [InlineData("Anders das Bild hinter der Rupertuskirche, wo sich die Gegendemonstranten einfanden.", "de", "Rupertuskirche")]
    [InlineData("Das ausverkaufte Festival am Flugplatz Mendig wird live übertragen.", "de", "Mendig")]
    [InlineData("Kent is likely to be the site of the first network of its kind.", "en", "Kent")]
    [InlineData("Sie trafen sich neben dem Hauptbahnhof, bevor der Zug abfuhr.", "de", "Hauptbahnhof")]
    public void The_place_the_sentence_marks_is_a_where_answer(string sentence, string language, string place)
    {
        Assert.Contains(place, PlaceAnswers.In(sentence, language, Names));
    }

    [Theory]
    // "vor Ort" is no class noun of a town: the reporter on the spot is no place.
    [InlineData("Das berichtete vor Ort Michael Berger am Sonntag.", "de", "Berger")]
    // "host" is a person's role as often as a place's: the presenter is no place.
    [InlineData("Jonathan Ross is the host of the show on Friday nights.", "en", "Ross")]
    // A word after "Sport" is not after a town compound.
    [InlineData("Der Sport Bild zitierte einen Vertrauten am Sonntag.", "de", "Bild")]
    public void A_name_no_place_word_marks_is_none(string sentence, string language, string name)
    {
        Assert.DoesNotContain(name, PlaceAnswers.In(sentence, language, Names));
    }
}
