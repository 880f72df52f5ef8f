using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

/// <summary>
/// A name and its people or adjective as analysed terms (the German light stemmer's output): a people of a place in
/// -ien ("Tarverin" → "tarverin", "Tarver" → "tarv") against the place ("Tarvien" → "tarvi"), and a place of three
/// letters ("Lum") against its adjective ("lumisch").
/// </summary>
public sealed class DerivedNameFormsTests
{
    [Theory]
    [InlineData("tarverin", "tarvi")]
    [InlineData("tarv", "tarvi")]
    [InlineData("tarvi", "tarverinn")]
    [InlineData("lum", "lumisch")]
    [InlineData("lumischen", "lum")]
    // A German place in -a takes "nisch" ("Amerika", "amerikanisch").
    [InlineData("tarvika", "tarvikanisch")]
    // A place in -o takes "lese" ("Kongo", "Kongolese").
    [InlineData("tarvo", "tarvoles")]
    public void A_people_or_adjective_is_one_name_with_its_place(string word, string term) =>
        Assert.True(DerivedNameForms.IsOneNameIn(word, new HashSet<string> { term }));

    [Theory]
    // A three-letter stem is a place's only with an adjective's ending: "Roman" is no form of "Rom".
    [InlineData("lum", "luman")]
    [InlineData("lum", "lumer")]
    // Only a people's ending follows the stem of a place in -ien.
    [InlineData("tarvi", "tarvan")]
    [InlineData("tarvi", "tarvo")]
    public void Other_words_on_the_same_stem_are_not(string word, string term) =>
        Assert.False(DerivedNameForms.IsOneNameIn(word, new HashSet<string> { term }));

    [Theory]
    // "Russland" / "russisch": the place's "-land", "-enland" or "-ei" gives way to the adjective's or people's ending.
    [InlineData("tarvland", "tarvisch")]
    [InlineData("tarvenland", "tarvisch")]
    [InlineData("tarvei", "tarvisch")]
    [InlineData("tarvland", "tarvin")]
    // "Innviertel" / "Innviertler" (stems "innviertel", "innviertl").
    [InlineData("tarvtel", "tarvtl")]
    // "Vienna" / "Viennese", "Kanada" / "kanadisch": a final a gives way to the ending.
    [InlineData("tarva", "tarves")]
    [InlineData("tarva", "tarvisch")]
    public void A_people_or_adjective_is_one_name_with_a_place_whose_ending_it_drops(string name, string term)
    {
        Assert.True(DerivedNameForms.IsOneNameOrPlaceIn(name, new HashSet<string> { term }));
        Assert.True(DerivedNameForms.IsOneNameOrPlaceIn(term, new HashSet<string> { name }));
        Assert.True(DerivedNameForms.AreOneNameForms(term, name));
    }

    [Theory]
    // The bare stem is no people: "Maryland" is no "Mary", "Alexei" no "Alex".
    [InlineData("maryland", "mary")]
    [InlineData("alexei", "alex")]
    // A vowel before "-el" is a name's own ("Michael" is no "Michal"); a name in -n gains no n ("Lehman", "Lehmann").
    [InlineData("michael", "michal")]
    [InlineData("lehman", "lehmann")]
    // A stem and itself with an n are other words ("Kirch" and "Kirchner", "Rente" and "Rentner"; stems "kirch", "kirchn").
    [InlineData("kirch", "kirchn")]
    [InlineData("rent", "rentn")]
    // Only an ending replaces a final a: "Tarva" is no "Tarvo".
    [InlineData("tarva", "tarvo")]
    // An English comparative or agent noun of a "-land" place's first part is no people: "Portland" is no "porter",
    // "Greenland" no "greener", "Finland" no "finer".
    [InlineData("portland", "porter")]
    [InlineData("greenland", "greener")]
    [InlineData("finland", "finer")]
    public void Names_that_only_look_like_a_place_and_its_people_are_not_one(string name, string term) =>
        Assert.False(DerivedNameForms.IsOneNameOrPlaceIn(name, new HashSet<string> { term }));
}
