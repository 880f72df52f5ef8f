using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A loanword the dictionary lacks is found in the other language's spelling ("categories" / "Kategorien"): the
/// question's most specific word is otherwise invisible to the other language's articles.
/// </summary>
public sealed class CognateTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        prize /pɹˈaɪz/
        Preis
        ---
        award /əwˈɔːd/
        vergeben, verleihen
        ---
        species /spˈiːʃiːz/
        Art
        """;

    private const string GermanEnglish = """
        Preis /pʁaɪ̯s/
        prize, price
        """;

    public CognateTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/filmpreis.txt", """
            Filmpreis in Linz
            Die Akademie vergab den Preis in sieben Kategorien an junge Regisseure.
            """);
        Folder.Write("news/brot.txt", """
            Brot wird teurer
            Der Preis für Brot stieg im Mai um zehn Prozent, sagte der Verband der Bäcker.
            """);
        Folder.Write("news/zoo.txt", """
            Neues Gehege im Zoo
            Im Zoo leben nun vierzig Spezies. Jede Art bekommt ein eigenes Gehege.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Solidarität", "de", "solidarity")]
    [InlineData("Kategorien", "de", "category")]
    [InlineData("Kommission", "de", "commission")]
    [InlineData("Präsident", "de", "president")]
    [InlineData("elektronisch", "de", "electronic")]
    [InlineData("Kabinett", "de", "cabinet")]
    [InlineData("solidarity", "en", "solidarität")]
    [InlineData("categories", "en", "kategorie")]
    [InlineData("medicine", "en", "medizin")]
    [InlineData("cabinet", "en", "kabinett")]
    [InlineData("strategy", "en", "strategie")]
    public void The_other_languages_spelling_is_among_the_spellings(string word, string language, string expected)
    {
        Assert.Contains(expected, Cognates.Spellings(word, language));
    }

    [Theory]
    [InlineData("Rat", "de")]
    [InlineData("Gift", "de")]
    [InlineData("party", "en")]
    public void A_short_word_has_no_spellings(string word, string language)
    {
        Assert.Empty(Cognates.Spellings(word, language));
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_loanword_the_dictionary_lacks_joins_its_group_in_the_other_spelling()
    {
        var expansions = Expander.Expand("In how many categories was the prize awarded?", "en");
        Assert.Contains(expansions, e => e.Group == "en:categories" && e.Language == "de" && e.Text.StartsWith("kategorie"));
    }

    [Fact]
    public void A_word_whose_dictionary_translation_the_index_holds_gets_no_learned_twin()
    {
        // "species" → "Art" is in the articles: "Spezies", rarer, would otherwise carry the question alone.
        var expansions = Expander.Expand("How many species live in the zoo?", "en");
        Assert.Contains(expansions, e => e.Group == "en:species" && e.Text == "Art");
        Assert.DoesNotContain(expansions, e => e.Group == "en:species" && e.Text.StartsWith("spezie"));
    }

    [Fact]
    public void An_english_e_is_not_guessed_as_a_german_umlaut()
    {
        Assert.DoesNotContain(Cognates.Spellings("species", "en"), s => s.Contains('ä'));
    }
}
