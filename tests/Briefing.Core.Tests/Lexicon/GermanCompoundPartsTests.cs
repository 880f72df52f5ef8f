using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// German compounds the dictionary lacks, asked over English articles: before, a compound whose tail carried a genitive
/// or umlaut-plural ending, whose head was two letters, that had three parts, whose head German borrowed from English, or
/// whose head the dictionary does not know had no translation at all, so the question's most specific word was invisible
/// to the English article (XQuAD de→en "Wie viele Quadratkilometer des Amazonaswaldes …" abstained on "Amazonaswaldes").
/// </summary>
public sealed class GermanCompoundPartsTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        software package /sˈɒftweə pˈakɪdʒ/
        Softwarepaket <neut>
        ---
        forest /fˈɒɹɪst/
        Wald <masc>
        """;

    private const string GermanEnglish = """
        Amazonas /ˈɑmatsˌoːnɑːs/ <masc, n, sg>
        Amazon
        ---
        Wald /vˈalt/ <masc, n, sg>
        forest, wood
        ---
        Pest /pˈɛst/ <fem, n, sg>
        plague
        ---
        Ausbruch /ˈaʊsbɾˌʊx/ <masc, n, sg>
        outbreak
        ---
        Öl /ˈøːl/ <neut, n, sg>
        oil
        ---
        Vorkommen /fˈoːɾkˌɔmən/ <neut, n, sg>
        deposits
        ---
        Apotheken /apoːtˈeːkən/ <pl>
        pharmacies
        ---
        Verwaltung /fɛɾvˈaltʊŋ/ <fem, n, sg>
        management
        ---
        Unternehmen /ʊntɜnˈeːmən/ <neut, n, sg>
        companies
        ---
        Patent /patˈɛnt/ <neut, n, sg>
        patent
        ---
        Patente /patˈɛntə/ <pl>
        patents
        ---
        Gebühr /ɡəbˈyːɾ/ <fem, n, sg>
        fee
        ---
        aus /ˈaʊs/
        out
        ---
        Zahlen /tsˈɑːlən/ <pl>
        figures
        ---
        Befugnis /bəfˈʊɡnɪs/ <fem, n, sg>
        power
        """;

    public GermanCompoundPartsTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/amazon.txt", """
            Amazon losses
            Between 1991 and 2000 the Amazon forest lost 587,000 square kilometres to farming.
            Plague outbreaks were reported in Venice 22 times.
            """);
        Folder.Write("news/bp.txt", """
            BP finds oil in Egypt
            BP has discovered new oil deposits in Egypt, the company said on Monday.
            """);
        Folder.Write("news/pharmacy.txt", """
            Pharmacy firms
            Omnicare and PharMerica are large pharmacy management companies; their fees and figures rose.
            The software patents directive was backed by the legal committee; the out vote was not heard.
            """);
        Folder.Write("news/wien.txt", """
            Neue Regeln in Wien
            Die Stadt Wien hat am Montag neue Regeln für Baustellen beschlossen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_compounds_tail_with_a_genitive_ending_is_looked_up_in_its_base_form()
    {
        var expansions = Expander.Expand("Wie viel des Amazonaswaldes ging verloren?", "de");
        Assert.Contains(expansions, e => e.Text == "Amazon" && e.Group == "de:Amazonas");
        Assert.Contains(expansions, e => e.Text == "forest" && e.Group == "de:Waldes");
    }

    [Fact]
    public void A_compounds_tail_in_an_umlaut_plural_is_looked_up_in_its_singular()
    {
        var expansions = Expander.Expand("Wie oft kam es in Venedig zu Pestausbrüchen?", "de");
        Assert.Contains(expansions, e => e.Text == "plague" && e.Group == "de:Pest");
        Assert.Contains(expansions, e => e.Text == "outbreak" && e.Group == "de:Ausbrüchen");
    }

    [Fact]
    public void A_short_head_before_a_long_tail_is_a_part()
    {
        var expansions = Expander.Expand("Wo hat BP neue Ölvorkommen entdeckt?", "de");
        Assert.Contains(expansions, e => e.Text == "oil" && e.Group == "de:Öl");
        Assert.Contains(expansions, e => e.Text == "deposits" && e.Group == "de:Vorkommen");
    }

    [Fact]
    public void A_compound_of_three_listed_parts_translates_by_all_three()
    {
        var expansions = Expander.Expand("Wie heißen die großen Apothekenverwaltungsunternehmen?", "de");
        Assert.Contains(expansions, e => e.Text == "pharmacies" && e.Group == "de:Apotheken");
        Assert.Contains(expansions, e => e.Text == "management" && e.Group == "de:Verwaltungs");
        Assert.Contains(expansions, e => e.Text == "companies" && e.Group == "de:Unternehmen");
    }

    [Fact]
    public void A_part_german_borrowed_from_english_stands_for_itself()
    {
        // "software" is an English word (the English dictionary lists "software package") the English article writes.
        var expansions = Expander.Expand("Wer stimmte für die Richtlinie zu Softwarepatenten?", "de");
        Assert.Contains(expansions, e => e.Text == "Software" && e.Group == "de:Software" && e.Language == "en");
        Assert.Contains(expansions, e => e.Text == "patents" && e.Group == "de:Patenten");
    }

    [Fact]
    public void A_compound_whose_head_the_dictionary_does_not_know_is_a_kind_of_its_tail()
    {
        // "Sende" is no listed word (nor English): "Sendegebühren" is at least fees.
        var expansions = Expander.Expand("Wie hoch waren die Sendegebühren?", "de");
        Assert.Contains(expansions, e => e.Text == "fee" && e.Group == "de:Gebühren");
    }

    [Fact]
    public void A_verbs_particle_is_no_head_of_a_compound()
    {
        // "auszahlen" read as a noun compound was "aus" + "Zahlen" (figures).
        var expansions = Expander.Expand("Wer wollte Beihilfen auszahlen?", "de");
        Assert.DoesNotContain(expansions, e => e.Group == "de:Zahlen" || e.Group == "de:aus");
    }

    [Fact]
    public async Task A_question_naming_the_compound_is_answered_from_the_english_article()
    {
        var answer = await Engine.AskAsync("Wo hat BP neue Ölvorkommen entdeckt?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Egypt", answer.Text);
    }
}
