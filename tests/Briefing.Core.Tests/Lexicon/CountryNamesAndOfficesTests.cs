using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// Gaps of FreeDict that news questions hit (<see cref="LexiconSupplement"/>, relational adjectives): a country known by
/// several names ("Großbritannien" over "UK"), a state office English calls by its own title ("governor" over
/// "Landeshauptmann"), and an adjective listed only as a phrase around its noun ("Crimean" → "die Krim betreffend").
/// The test dictionaries list these words as FreeDict does.
/// </summary>
public sealed class CountryNamesAndOfficesTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        governor /ɡˈʌvənə/
        Chef <masc>, Direktor <masc>, Gouverneur <masc>
        ---
        Crimean /kɹaɪmˈiːən/
        die Krim betreffend
        ---
        Congo /kˈɒŋɡəʊ/
        Kongo <masc> [geogr.]
        ---
        fever /fˈiːvə/
        Fieber <neut>
        ---
        case /kˈeɪs/
        Fall <masc>
        ---
        Spain /spˈeɪn/
        Spanien <neut> [geogr.]
        ---
        bridge /bɹˈɪdʒ/
        Brücke <fem>
        ---
        open /ˈəʊpən/
        eröffnen, öffnen
        ---
        Carinthian /kəɹˈɪnθiən/
        Kärntner, kärntnerisch
        ---
        Carinthia /kəɹˈɪnθiə/
        Kärnten <neut> [geogr.]
        ---
        Caribbean /kˌæɹɪbˈiːən/
        Karibik <fem> [geogr.]
        ---
        police /pəlˈiːs/
        Gendarmerie <fem>, kontrollieren, polizeilich
        ---
        Austrian /ˈɒstɹiən/
        Österreicher <masc>, österreichisch
        ---
        Austria /ˈɒstɹiə/
        Österreich <neut> [geogr.]
        ---
        Australian /ɒstɹˈeɪliən/
        Australier <masc>, australisch
        ---
        Australia /ɒstɹˈeɪliə/
        Australien <neut> [geogr.]
        """;

    private const string GermanEnglish = """
        Großbritannien /ɡroːsbriˈtaniən/ <neut>
         [geogr.] Great Britain
        ---
        Woche /ˈvɔxə/ <fem>
        week
        ---
        Platz /plats/ <masc>
        place, square
        ---
        Kärntner /ˈkɛrntnɐ/ <adj>
        Carinthian, of Carinthia
        ---
        Kärnten /ˈkɛrntn̩/ <neut>
         [geogr.] Carinthia
        ---
        Karibik /kaˈriːbɪk/ <fem>
         [geogr.] Caribbean
        ---
        Österreich /ˈøːstəʁaɪ̯ç/ <neut>
         [geogr.] Austria
        ---
        Australien /aʊstɾˈaːliən/ <neut>
         [geogr.] Australia
        ---
        Australier /aʊsˈtʁaːli̯ɐ/ <masc>
         Australian
        """;

    public CountryNamesAndOfficesTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/chart.txt", """
            Lantern Song tops the chart again
            The band's single Lantern Song spent four weeks at UK number one this summer, the Official Charts Company said.
            """);
        Folder.Write("news/fieber.txt", """
            Tropenkrankheit erreicht Europa
            Der erste Fall von Krim-Kongo-Fieber in Spanien wurde im August 2016 bestätigt.
            Die Krankheit wird von Zecken übertragen.
            """);
        Folder.Write("news/kaernten.txt", """
            Neue Brücke über die Drau
            Landeshauptmann Peter Kaiser hat am Montag die neue Brücke über die Drau in Villach eröffnet.
            Es ist die längste Brücke in Kärnten, die Polizei sperrte die Zufahrt.
            """);
        Folder.Write("news/karibik.txt", """
            Sturm über der Karibik
            Ein Hurrikan hat in der Karibik mehrere Inseln verwüstet.
            """);
        Folder.Write("news/chart-de.txt", """
            Deutsche Charts
            Die Band stand in dieser Woche auf Platz eins der deutschen Charts.
            """);
        Folder.Write("news/botschaft.txt", """
            Botschaft in Canberra
            Österreich eröffnet in Australien eine neue Botschaft, die Australier begrüßen den Schritt.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_country_is_translated_into_each_of_its_names()
    {
        var expansions = Expander.Expand("Wie viele Wochen stand Lantern Song in Großbritannien auf Platz eins?", "de");
        Assert.Contains(expansions, e => e.Text == "UK" && e.Language == "en" && e.Group == "de:Großbritannien");
    }

    [Fact]
    public void A_governor_is_a_landeshauptmann()
    {
        var expansions = Expander.Expand("Which governor opened the new bridge in Villach?", "en");
        Assert.Contains(expansions, e => e.Text == "Landeshauptmann" && e.Language == "de" && e.Group == "en:governor");
    }

    [Fact]
    public void A_regional_adjective_is_its_region_not_another_place_that_begins_alike()
    {
        var expansions = Expander.Expand("Which Carinthian governor opened the new bridge in Villach?", "en");
        Assert.Contains(expansions, e => e.Text == "Kärnten" && e.Group == "en:Carinthian");
        Assert.DoesNotContain(expansions, e => e.Text == "Karibik");
    }

    [Fact]
    public void A_nationality_is_its_own_country_not_another_that_begins_alike()
    {
        // "Austrian" and "Australia" both begin "Austr", but only "Austria" differs from "Austrian" by an ending.
        var expansions = Expander.Expand("Why did the Austrian government open an embassy in Canberra?", "en");
        Assert.Contains(expansions, e => e.Text == "Österreich" && e.Group == "en:Austrian");
        Assert.DoesNotContain(expansions, e => e.Group == "en:Austrian" && e.Text.StartsWith("Austral", StringComparison.Ordinal));
        var australian = Expander.Expand("Why did the Australian government welcome the embassy?", "en");
        Assert.Contains(australian, e => e.Text == "Australien" && e.Group == "en:Australian");
    }

    [Fact]
    public void The_police_are_the_polizei()
    {
        // FreeDict lists "police" as "Gendarmerie", "kontrollieren", "polizeilich" only.
        var expansions = Expander.Expand("Why did the police close the bridge in Villach?", "en");
        Assert.Contains(expansions, e => e.Text == "Polizei" && e.Group == "en:police");
    }

    [Fact]
    public void A_relational_adjective_in_a_hyphenated_name_is_translated_into_its_noun()
    {
        // "Crimean" is listed only as "die Krim betreffend"; the article writes "Krim-Kongo-Fieber".
        var expansions = Expander.Expand("When was the first case of Crimean-Congo fever confirmed in Spain?", "en");
        Assert.Contains(expansions, e => e.Text == "Krim" && e.Language == "de" && e.Group == "en:Crimean");
    }

    [Fact]
    public async Task A_question_naming_the_country_one_way_is_answered_from_the_article_naming_it_another_way()
    {
        var answer = await Engine.AskAsync("Wie viele Wochen stand Lantern Song in Großbritannien auf Platz eins?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("four weeks", answer.Text);
    }
}
