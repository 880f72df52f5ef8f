using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// Words each language picks differently for one thing: a country where the other writes its adjective or its
/// people ("Austria" / "österreichisch", "Schweden" / "Swedish"), and an institution named in two words that the
/// other language names in words of its own ("Supreme Court" / "Oberster Gerichtshof").
/// </summary>
public sealed class PlaceAndInstitutionTranslationTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        Austria /ˈɒstɹiə/
        Österreich <neut> [geogr.] AT
        ---
        Australia /ɒstɹˈeɪliə/
        Australien <neut> [geogr.] AU
        ---
        embassy /ˈɛmbəsi/
        Botschaft <fem>
        ---
        close /klˈəʊz/
        schließen, zumachen
        ---
        supreme court /suːpɹˈiːm kˈɔːt/
        Oberster Gerichtshof <masc>
        ---
        supreme /suːpɹˈiːm/
        höchst…
        ---
        court /kˈɔːt/
        Gericht <neut>, Hof <masc>
        ---
        rule /ɹˈuːl/
        entscheiden, Regel <fem>
        ---
        striker /stɹˈaɪkə/
        Stürmer <masc>
        ---
        Vienna /viˈɛnə/
        Wien <neut> [geogr.]
        ---
        rent /ɹˈɛnt/
        Miete <fem>
        ---
        Romanian /ɹəʊmˈeɪniən/
        Rumäne <masc>, Rumänin <fem>, rumänisch
        """;

    private const string GermanEnglish = """
        Österreich /ˈøːstəraɪç/ <neut>
         [geogr.] Austria
        ---
        österreichisch /ˈøːstəraɪçɪʃ/ <adj>
        Austrian
        ---
        Österreicher /ˈøːstəraɪçɐ/ <masc>
        Austrian
        ---
        Australien /aʊstɾˈaːliən/ <neut>
         [geogr.] Australia
        ---
        australisch /aʊstɾˈaːlɪʃ/ <adj>
        Australian
        ---
        Schweden /ʃvˈeːdən/ <neut>
         [geogr.] Sweden, Swedes
        ---
        schwedisch /ʃvˈeːdɪʃ/ <adj>
        Swedish
        ---
        Schwede /ʃvˈeːdə/ <masc>
        Swede, Swedish man
        ---
        Schwede /ʃvˈeːdə/ <masc>
        swede, turnip
        ---
        Botschaft /bˈoːtʃaft/ <fem>
        embassy, message
        ---
        Oberster Gerichtshof /ˈoːbɐstɐ ɡəˈʁɪçtshoːf/ <masc>
        Supreme Court
        ---
        Stürmer /ʃtˈʏrmɐ/ <masc>
        striker, forward
        ---
        Tor /toːɐ/ <neut>
        goal, gate
        ---
        Rumänien /ʁuˈmɛːni̯ən/ <neut>
         [geogr.] Romania
        ---
        Rumäne /ʁuˈmɛːnə/ <masc>
        Romanian
        ---
        rumänisch /ʁuˈmɛːnɪʃ/ <adj>
        Romanian
        """;

    public PlaceAndInstitutionTranslationTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/botschaft.txt", """
            Diplomatie im Umbruch
            Die österreichische Botschaft in Caracas wird Ende Juni geschlossen, teilte das Außenamt in Wien mit.
            Die Aufgaben übernimmt die Vertretung in Bogotá.
            """);
        Folder.Write("news/kanguru.txt", """
            Kängurus in Not
            In Australien leiden die Kängurus unter der Dürre; die australische Regierung hilft mit Wasser.
            """);
        Folder.Write("news/urteil.txt", """
            Urteil zum Mietrecht
            Der Oberste Gerichtshof in Wien hat am Dienstag entschieden, dass Mieter die Kosten für Thermen nicht tragen müssen.
            Die Mietervereinigung begrüßte das Urteil.
            """);
        Folder.Write("news/gericht.txt", """
            Streit um Parkplatz
            Vor dem Gericht in Graz stritten zwei Nachbarn um einen Parkplatz im Hof.
            """);
        Folder.Write("news/football.txt", """
            Celtic win the cup
            The Swedish striker Henrik Larsson scored twice as Celtic won the cup final against Hibernian.
            """);
        Folder.Write("news/scotus.txt", """
            Court backs tenants
            The Supreme Court in Washington ruled on Monday that landlords must return deposits within 30 days.
            """);
        Folder.Write("news/eu.txt", """
            Ministers meet in Brussels
            Ministers from Sweden and Denmark met in Brussels on Monday to discuss fishing quotas.
            """);
        Folder.Write("news/ponta.txt", """
            Ponta unter Druck
            Der rumänische Premier Victor Ponta soll Akten gefälscht haben; in Rumänien fordert der Staatschef seinen Rücktritt.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_country_translates_into_its_adjective_and_people_not_into_a_lookalike_country()
    {
        var expansions = Expander.Expand("When is Austria closing its embassy in Caracas?", "en");
        Assert.Contains(expansions, e => e.Text.Equals("österreichisch", StringComparison.OrdinalIgnoreCase) && e.Group == "en:Austria");
        Assert.DoesNotContain(expansions, e => e.Text.Contains("austral", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_german_country_word_translates_into_the_english_adjective_and_people()
    {
        // "den Schweden Larsson": German writes the man as the country's word; the English article says "Swedish".
        var expansions = Expander.Expand("Wie oft traf der Schweden-Stürmer Larsson im Pokalfinale?", "de");
        Assert.Contains(expansions, e => e.Text == "Swedish" && e.Group == "de:Schweden");
    }

    [Fact]
    public void A_two_word_institution_translates_into_the_other_languages_phrase_for_the_word_without_its_own()
    {
        var expansions = Expander.Expand("What did the Supreme Court rule about rents?", "en");
        Assert.Contains(expansions, e => e.Text == "Oberster Gerichtshof" && e.Group == "en:Supreme" && e.AllWords);
        // "Court" has a translation of its own ("Gericht"): the phrase would count its words twice.
        Assert.DoesNotContain(expansions, e => e.Text == "Oberster Gerichtshof" && e.Group == "en:Court");
        Assert.Contains(expansions, e => e.Text == "Gericht" && e.Group == "en:Court");
    }

    [Fact]
    public async Task A_question_naming_an_institution_is_answered_from_the_article_that_names_it_in_the_other_language()
    {
        var answer = await Engine.AskAsync("What did the Supreme Court in Vienna decide about rents?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/urteil", answer.Citations[0].ArticleId);
    }

    [Fact]
    public void A_declined_german_institution_is_looked_up_as_listed()
    {
        var expansions = Expander.Expand("Was entschied der Präsident des Obersten Gerichtshofs?", "de");
        Assert.Contains(expansions, e => e.Text == "Supreme Court" && e.Group == "de:Obersten");
    }

    [Fact]
    public void A_country_the_english_dictionary_lists_only_by_its_people_translates_through_them()
    {
        // FreeDict's English side has no "Romania", only "Romanian" → "Rumäne", "rumänisch"; its German side has "Rumänien" → Romania.
        var expansions = Expander.Expand("Who accused Romania's premier Ponta?", "en");
        Assert.Contains(expansions, e => e.Text.Equals("Rumänien", StringComparison.OrdinalIgnoreCase) && e.Group == "en:Romania");
        Assert.Contains(expansions, e => e.Text.Equals("rumänisch", StringComparison.OrdinalIgnoreCase) && e.Group == "en:Romania");
    }
}
