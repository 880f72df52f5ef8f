using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// An English modifier and head that the German article writes as one compound of its own making ("fibre-optic network"
/// → "Glasfasernetz"): the index's compound closed by the head's translation whose front holds the modifier's translation.
/// </summary>
public sealed class ModifiedCompoundTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        fibre /fˈaɪbə/
        Textilfaser <fem>, Faser <fem>
        ---
        network /nˈɛtwɜːk/
        Netz <neut>, Netzwerk <neut>
        ---
        lead /lˈɛd/
        Führung <fem>, Blei <neut> [chem.] Pb
        ---
        water /wˈɔːtə/
        Wasser <neut>
        """;

    private const string GermanEnglish = """
        Netz /nɛts/ <neut>
        network, net
        ---
        Blei /blaɪ/ <neut>
        lead
        """;

    public ModifiedCompoundTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/versatel.txt", """
            United Internet kauft zu
            United Internet übernimmt das Glasfasernetz von Versatel vollständig.
            """);
        Folder.Write("news/strom.txt", """
            Stromnetz unter Last
            Das Stromnetz und das Schienennetz wurden am Montag erneuert, die Faser des Stoffs ebenso.
            """);
        Folder.Write("news/wasser.txt", """
            Blei im Wasser
            In vielen Städten fand man Blei im Wasser der Schulen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_modifier_and_head_reach_the_compound_whose_front_holds_the_modifier()
    {
        var expansions = Expander.Expand("Which fibre-optic network did the company take over?", "en");

        Assert.Contains(expansions, e => e.Group == "en:network" && e.Text.StartsWith("glasfasernetz", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(expansions, e => e.Group == "en:network" && e.Text.StartsWith("stromnetz", StringComparison.OrdinalIgnoreCase));
        // The hyphenated modifier keeps its parts' own translations, and the compound shows each part too.
        Assert.Contains(expansions, e => e.Text == "Faser");
        Assert.Contains(expansions, e => e.Group == "en:fibre" && e.Text.StartsWith("glasfasernetz", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(expansions, e => e.Group == "en:optic" && e.Text.StartsWith("glasfasernetz", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_compound_stands_for_the_pair_never_above_the_typed_words()
    {
        var expansions = Expander.Expand("Which fibre-optic network did the company take over?", "en");

        Assert.All(expansions.Where(e => e.Text.StartsWith("glasfasernetz", StringComparison.OrdinalIgnoreCase)), e => Assert.True(e.Weight < 1f));
    }

    [Fact]
    public void A_translation_listed_with_its_chemical_symbol_reaches_the_article()
    {
        var expansions = Expander.Expand("How much lead was found in the water?", "en");

        Assert.Contains(expansions, e => e.Group == "en:lead" && e.Text == "Blei");
    }
}
