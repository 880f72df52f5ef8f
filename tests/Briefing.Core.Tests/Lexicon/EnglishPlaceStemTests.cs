using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A German place whose English name is an English word for its people plus an ending ("Kirgistan" → "Kyrgyzstan",
/// and "Kyrgyz" → "Kirgise"): an English report that writes only "Kyrgyz" shows the place.
/// </summary>
public sealed class EnglishPlaceStemTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        Kyrgyzstan /kˌɜːɡɪstˈɑːn/
        Kirgistan <neut> [geogr.]
        ---
        Kyrgyz /kˈɜːɡɪz/
        Kirgise <masc>, kirgisisch
        ---
        green /ɡɹˈiːn/
        grün
        ---
        election /ɪlˈɛkʃən/
        Wahl <fem>
        """;

    private const string GermanEnglish = """
        Kirgistan /kɪʁˈɡɪstaːn/ <neut>
         [geogr.] Kyrgyzstan
        ---
        Grönland /ɡʁˈøːnlant/ <neut>
         [geogr.] Greenland
        ---
        Wahl /vˈaːl/ <fem>
        election
        """;

    public EnglishPlaceStemTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/vote.txt", """
            Kyrgyz voters go to the polls
            Kyrgyz voters elect a new parliament on Sunday, the election commission said. Green parties hope to gain seats.
            """);
        Folder.Write("news/wahl.txt", """
            Wahl in Wien
            Die Wiener wählen am Sonntag einen neuen Gemeinderat.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_german_place_gets_the_english_word_its_english_name_begins_with()
    {
        var expansions = Expander.Expand("Wann ist die Wahl in Kirgistan?", "de");
        Assert.Contains(expansions, e => e.Text == "Kyrgyz" && e.Group == "de:Kirgistan");
    }

    [Fact]
    public void A_word_the_english_name_begins_with_that_names_something_else_is_no_part_of_the_place()
    {
        var expansions = Expander.Expand("Wann ist die Wahl in Grönland?", "de");
        Assert.DoesNotContain(expansions, e => e.Text.Equals("Green", StringComparison.OrdinalIgnoreCase));
    }
}
