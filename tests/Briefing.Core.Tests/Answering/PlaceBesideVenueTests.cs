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
    // The site nouns are town nouns too ("am Austragungsort Leipzig"), and a name the sentence says is a site of one.
    [InlineData("Die Fans trafen sich am Austragungsort Leipzig schon am Vormittag.", "de", "Leipzig")]
    [InlineData("Die Mannschaft reiste zum Spielort Klagenfurt, wo sie trainierte.", "de", "Klagenfurt")]
    [InlineData("Leipzig wird Spielort der Europameisterschaft.", "de", "Leipzig")]
    [InlineData("Leipzig wird Austragungsort des Finales.", "de", "Leipzig")]
    public void The_place_the_sentence_marks_is_a_where_answer(string sentence, string language, string place)
    {
        Assert.Contains(place, PlaceAnswers.In(sentence, language, Names));
    }

    [Theory]
    // "vor Ort" is no class noun of a town: the reporter on the spot is no place. This and the "Sport Bild" case guard the
    // choice to list the "-ort" compounds rather than take any word ending in "ort".
    [InlineData("Das berichtete vor Ort Michael Berger am Sonntag.", "de", "Berger")]
    // "host" is a person's role as often as a place's: the presenter is no place.
    [InlineData("Jonathan Ross is the host of the show on Friday nights.", "en", "Ross")]
    // A word after "Sport" is not after a town compound.
    [InlineData("Der Sport Bild zitierte einen Vertrauten am Sonntag.", "de", "Bild")]
    // A "site" that is no site of anything: a website.
    [InlineData("Bebo is the site teenagers use most, the survey found.", "en", "Bebo")]
    [InlineData("Bebo was the site's biggest draw last year.", "en", "Bebo")]
    public void A_name_no_place_word_marks_is_none(string sentence, string language, string name)
    {
        Assert.DoesNotContain(name, PlaceAnswers.In(sentence, language, Names));
    }
}
