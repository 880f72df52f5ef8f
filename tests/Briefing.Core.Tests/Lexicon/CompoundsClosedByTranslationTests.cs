using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// English writes apart what German closes into one compound with the word's translation: "the coast of Brittany" is
/// "die Bretagneküste", "an outbreak of cholera" a "Choleraausbruch". The index's unlisted compounds that end with a
/// translation show the English word in German articles; listed ones ("Ausdruck" for "pressure") mean something else.
/// </summary>
public sealed class CompoundsClosedByTranslationTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        coast /kˈəʊst/
        Küste <fem>
        ---
        pressure /pɹˈɛʃə/
        Druck <masc>
        ---
        fisherman /fˈɪʃəmən/
        Fischer <masc>
        ---
        bed /bˈɛd/
        Schicht <fem>, Bett <neut>
        """;

    private const string GermanEnglish = """
        Küste /ˈkʏstə/ <fem>
        coast
        ---
        Ausdruck /ˈaʊ̯sˌdʁʊk/ <masc>
        expression
        ---
        Druck /dʁʊk/ <masc>
        pressure
        """;

    public CompoundsClosedByTranslationTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/fischer.txt", """
            Fang vor der Bretagne
            Die Fischer an der Bretagneküste meldeten am Montag den größten Fang seit zehn Jahren.
            """);
        Folder.Write("news/urlaub.txt", """
            Urlaub im Westen
            Die Bretagne meldet für den Sommer so viele Gäste wie nie.
            """);
        Folder.Write("news/sprache.txt", """
            Neue Wörter im Duden
            Der Duden nimmt den Ausdruck Fischerstechen und 300 weitere Wörter auf.
            """);
        Folder.Write("news/wetter.txt", """
            Sturm über der Nordsee
            Der Druck fiel am Sonntag über der Nordsee stark, die Küste wurde gewarnt.
            """);
        Folder.Write("news/wahl.txt", """
            Wer wählte wen
            Die Arbeiterschicht, die Mittelschicht, die Oberschicht und die Unterschicht wählten anders als die Bildungsschicht.
            Die Führungsschicht, die Wählerschicht, die Polymerschicht und die Eisschicht blieben ein Rätsel.
            Arbeiter, Mittel, Ober, Unter, Bildung, Führung, Wähler, Polymer und Eis sind Wörter.
            """);
        Folder.Write("news/klinik.txt", """
            Neue Klinik eröffnet
            Die Klinik hat 40 Stahlrohrbetten für Patienten, aus Stahlrohr gebaut.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void An_unlisted_compound_that_ends_with_a_translation_shows_the_word_below_its_translation()
    {
        var expansions = Expander.Expand("What did fishermen on the coast of Brittany report?", "en");

        var compound = Assert.Single(expansions, e => e.Group == "en:coast" && e.Text.StartsWith("bretagne", StringComparison.OrdinalIgnoreCase));
        var translation = Assert.Single(expansions, e => e.Group == "en:coast" && e.Text == "Küste");
        Assert.True(compound.Weight < translation.Weight);
    }

    [Fact]
    public void A_compound_the_dictionary_lists_is_a_word_of_its_own_not_its_tail()
    {
        var expansions = Expander.Expand("Where did the pressure fall on Sunday?", "en");

        Assert.Contains(expansions, e => e.Group == "en:pressure" && e.Text == "Druck");
        Assert.DoesNotContain(expansions, e => e.Text.StartsWith("ausdruck", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_translation_shows_its_compounds_not_only_the_first_one()
    {
        var expansions = Expander.Expand("How many beds does the clinic have?", "en");

        Assert.Contains(expansions, e => e.Group == "en:bed" || e.Group == "en:beds");
        Assert.Contains(expansions, e => (e.Group == "en:bed" || e.Group == "en:beds") && e.Text.StartsWith("stahlrohrbett", StringComparison.OrdinalIgnoreCase));
    }
}
