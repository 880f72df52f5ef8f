using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A German place adjective reaches the place's English name where both languages spell the place alike: "israelisch" →
/// "Israeli", and the English report says "Bank of Israel". FreeDict lists no "Israel" (a compiled "Israel" → "Israel"
/// would be dropped anyway, spelled as its headword), so the place family found no English member for it. The
/// dictionaries below are FreeDict's entries; "Israeli" stands in the index too, as in the real reports.
/// </summary>
public sealed class PlaceSpelledAlikeTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        governor /ɡˈʌvənə/
        Gouverneur <masc>, Präsident <masc>
        """;

    private const string GermanEnglish = """
        israelisch /ɪsʁaˈeːlɪʃ/ <adj>
        [geogr.] Israeli <adj>
        ---
        Chef /ʃˈɛf/ <masc>
        boss, chief
        """;

    public PlaceSpelledAlikeTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/bank.txt", """
            Bank of Israel governor to step down
            The governor of the Bank of Israel will leave his post at the end of June, the bank said. Israeli officials declined to comment.
            """);
        Folder.Write("news/wahl.txt", """
            Wahl in Israel
            In Israel wird im März gewählt.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_german_place_adjective_reaches_the_place_english_spells_alike()
    {
        var expansions = Expander.Expand("Wann hört der Chef der israelischen Notenbank auf?", "de");
        Assert.Contains(expansions, e => e.Text == "Israel" && e.Group == "de:israelischen" && e.Language == "en");
    }
}
