using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A region named by a compass point and a place: German writes one compound ("Südkalifornien"), English two words
/// ("Southern California"); the dictionary lists neither, only the place and the bare point ("Süd" → south).
/// </summary>
public sealed class CompassPlaceTranslationTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        California /kˌælɪfˈɔːniə/
        Kalifornien <neut> [geogr.] CA
        ---
        southern /sˈʌðən/
        südlich
        ---
        wildfire /wˈaɪldfaɪə/
        Waldbrand <masc>
        ---
        wind /wˈɪnd/
        Wind <masc>
        """;

    private const string GermanEnglish = """
        Kalifornien /kalifˈɔɾniən/ <neut>
         [geogr.] California
        ---
        Süd /zˈyːt/ <n>
        south
        ---
        Süd… /zˈyːt/ <adj>
        southerly
        ---
        Waldbrand /vˈaltbrant/ <masc>
        wildfire, forest fire
        ---
        Wind /vˈɪnt/ <masc>
        wind
        """;

    public CompassPlaceTranslationTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/feuer.txt", """
            Feuer im Süden
            In Südkalifornien haben Waldbrände am Montag mehr als 300 Häuser zerstört.
            """);
        Folder.Write("news/fires.txt", """
            Fires in the south
            Wildfires in Southern California destroyed more than 300 homes on Monday.
            """);
        Folder.Write("news/wind.txt", """
            A windy day
            A strong south wind closed the harbour in Dover on Monday.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void An_english_region_translates_into_the_german_compound_of_point_and_place()
    {
        var expansions = Expander.Expand("How many homes did the wildfires in Southern California destroy?", "en");
        Assert.Contains(expansions, e => e.Text == "Südkalifornien" && e.Group == "en:Southern");
        Assert.Contains(expansions, e => e.Text == "Südkalifornien" && e.Group == "en:California");
    }

    [Fact]
    public void A_german_region_gives_its_compass_point_the_english_compass_adjective()
    {
        var expansions = Expander.Expand("Wie viele Häuser zerstörten die Waldbrände in Südkalifornien?", "de");
        Assert.Contains(expansions, e => e.Text == "Southern" && e.Group == "de:Süd");
        Assert.Contains(expansions, e => e.Text == "California" && e.Group == "de:Kalifornien");
    }

    [Fact]
    public void A_compass_compound_whose_rest_is_no_place_gets_no_compass_adjective()
    {
        // "Südwind" is a wind from the south, no region: "Southern" would pull in articles about Southern California.
        var expansions = Expander.Expand("Was schloss der Südwind in Dover?", "de");
        Assert.DoesNotContain(expansions, e => e.Text == "Southern");
    }

    /// <summary>"New" names a place's part only with its capital; a lower-case point still names a region.</summary>
    [Theory]
    [InlineData("New", "Neu")]
    [InlineData("new", null)]
    [InlineData("north", "Nord")]
    [InlineData("Southern", "Süd")]
    public void Reads_the_German_point_of_an_English_word(string english, string? german) =>
        Assert.Equal(german, CompassPlaces.GermanPoint(english));
}
