using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// What one language writes as one word and the other as several: German compounds the dictionary does not list
/// ("Personalkosten", "Frühjahrsparteitag"), words it renders only as phrases, and names known by another
/// abbreviation in the other language (ECB / EZB).
/// </summary>
public sealed class CompoundTranslationTests : IDisposable
{
    private const string EnglishGerman = """
        staff /stˈaf/
        Fahnenstange <fem>, Stab <masc>
        ---
        staff /stˈaf/
        Personal <neut>, Belegschaft <fem>
        ---
        costs /kˈɒsts/
        Kosten <pl>
        ---
        spring /spɹˈɪŋ/
        Frühling <masc>, Frühjahr <neut>
        ---
        party conference /pˈɑːti kˈɒnfɹəns/
        Parteitag <masc>
        ---
        party /pˈɑːti/
        Partei <fem>, Feier <fem>
        ---
        European Central Bank /jˌʊəɹəpˈiən sˈɛntɹəl bˈaŋk/ (ECB /ˈɛkb/)
        Europäische Zentralbank <fem>EZB,  /ˈɛzb/
        ---
        interest rate /ˈɪntɹəst ɹˈeɪt/
        Zinssatz <masc>, Leitzins <masc>
        ---
        British /bɹˈɪtɪʃ/
        britisch <adj>brit.,  /bɹˈɪt/
        ---
        Britain /bɹˈɪtən/
        Großbritannien <neut>
        ---
        brittleness /bɹˈɪtəlnəs/
        Sprödigkeit <fem>
        """;

    private const string GermanEnglish = """
        Frühjahr /fɾˈyːjaːɾ/ <neut>
        spring
        ---
        Parteitag /paɾtˈaɪtaːk/ <masc>
        party conference, party congress
        ---
        Lohnerhöhung /lˈoːnɜhˌøːʊŋ/ <fem, n, sg>
        rise in salary <n>, pay increase <n>, wage increase <n>
        ---
        Europäische Zentralbank /ɔøroːpˈɛːɪʃə tsɛntɾˈɑːlbˌaŋk/ (EZB /ˈɛtsp/) <fem, n, sg>
        European Central Bank <n>ECB,  /ˈɛkp/
        ---
        Großbritannien /ɡɾˈoːsbɾiːtˌanɪən/ <neut, n, sg>
         [geogr.] Great Britain <n>
        ---
        Sprödigkeit /ʃpɾˈøːdɪçkaɪt/ <fem>
        brittleness
        ---
        Hotel /hoːtˈɛl/ <neut>
        hotel, inn
        ---
        Ticket /tˈɪkət/ <neut>
        admission ticket, ticket
        ---
        Autobauer /ˈaʊtoːbˌaʊɜ/ <masc, n, sg>
        car maker <n>, car manufacturer <n>
        ---
        Vorzugszins /ˈfoːɐ̯tsuːkstsɪns/ <masc, n, sg>
        prime rate <n>
        """;

    private static readonly Dictionary<string, string> Abbreviations = new()
    {
        ["ECB"] = "European Central Bank",
        ["EZB"] = "Europäische Zentralbank",
    };

    private readonly TempFolder _folder = new();
    private readonly EngineFixture _engine;

    public CompoundTranslationTests()
    {
        _engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish, Abbreviations);
        _folder.Write("news/klinik.txt", """
            Klinikum Nord muss sparen
            Das Klinikum Nord will seine Personalkosten im kommenden Jahr um vier Millionen Euro senken.
            Der Betriebsrat kündigte Widerstand an.
            """);
        _folder.Write("news/gruene.txt", """
            Grüne wählen neue Spitze
            Auf dem Frühjahrsparteitag in Bielefeld wählten die Grünen Anna Berger zur Vorsitzenden.
            Die Delegierten stimmten mit großer Mehrheit für sie.
            """);
        _folder.Write("news/ezb.txt", """
            Zinsentscheid in Frankfurt
            Die EZB hat den Leitzins am Donnerstag auf 4,5 Prozent angehoben.
            Ökonomen hatten mit diesem Schritt gerechnet.
            """);
        _folder.Write("news/labour.txt", """
            Labour gathers in Liverpool
            At its spring party conference in Liverpool, Labour elected Maria Jones as its new chair.
            Delegates also backed a motion demanding a wage increase for nurses.
            Tickets for the hotel were sold out.
            """);
        _folder.Write("news/nissan.txt", """
            Renault raises its stake
            Renault now owns 44% of the Japanese carmaker Nissan.
            Every car the maker sold in Europe last year was built in Sunderland.
            """);
        // "prime" and "rate" stand in several articles, "primerate" (a typo) in one: a stray token, no word of the language.
        _folder.Write("news/minister.txt", """
            Minister resigns
            The prime minister accepted the resignation; the jobless rate rose in May.
            """);
        _folder.Write("news/mortgage.txt", """
            Mortgages cheaper
            Banks cut the mortgage rate for prime borrowers.
            """);
        _folder.Write("news/cattle.txt", """
            Beef prices
            Prime beef sold at a record rate at the Smithfield auction.
            """);
        _folder.Write("news/lending.txt", """
            Lending slows
            Lenders kept their primerate unchanged this week.
            """);
        _folder.Write("news/tennis.txt", """
            Dementieva prevails in Hong Kong
            Elena Dementieva beat Venus Williams 6-3 6-2 in the final in Hong Kong.
            """);
        _folder.Write("news/brexit.txt", """
            Neue Zölle
            Großbritannien will ab Januar Zölle auf Stahl erheben, die Sprödigkeit der Gespräche ist bekannt.
            """);
        _folder.Write("news/proteste.txt", """
            Proteste in Hongkong
            In Hongkong demonstrierten am Sonntag Tausende für freie Wahlen.
            """);
        _engine.IngestAsync(_folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => _engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void Two_english_nouns_reach_the_german_compound_of_their_translations()
    {
        // The dictionary lists neither "staff costs" nor "Personalkosten"; "Personal" + "Kosten" is what the article writes.
        var expansions = Expander.Expand("How much will the hospital save on staff costs?", "en");
        Assert.Contains(expansions, e => e.Text == "Personalkosten" && e.Group == "en:staff");
        Assert.Contains(expansions, e => e.Text == "Personalkosten" && e.Group == "en:costs");
    }

    [Fact]
    public void A_compound_joins_with_a_linking_s_and_a_two_word_tail()
    {
        // "spring" + "party conference" (listed as one term, Parteitag) → "Frühjahrsparteitag".
        var expansions = Expander.Expand("Who was elected at the spring party conference?", "en");
        Assert.Contains(expansions, e => e.Text == "Frühjahrsparteitag" && e.Group == "en:spring");
    }

    [Fact]
    public void A_german_compound_the_dictionary_lacks_translates_by_its_listed_parts()
    {
        var expansions = Expander.Expand("Wen wählte Labour auf dem Frühjahrsparteitag?", "de");
        Assert.Contains(expansions, e => e.Text == "spring" && e.Group == "de:Frühjahr");
        Assert.Contains(expansions, e => e.Text == "party conference" && e.Group == "de:Parteitag");
    }

    [Fact]
    public void A_word_the_dictionary_renders_only_as_phrases_is_translated_by_the_phrases_indexed_words()
    {
        // "pay increase", "wage increase", "rise in salary": no single word; the article says "wage increase".
        var expansions = Expander.Expand("Welche Lohnerhöhung fordern die Delegierten?", "de");
        Assert.Contains(expansions, e => e.Text == "wage increase" && e.Group == "de:Lohnerhöhung");
        Assert.DoesNotContain(expansions, e => e.Group == "de:Lohnerhöhung" && e.Text.Contains("salary"));
    }

    [Fact]
    public void A_phrase_the_english_articles_write_as_one_word_translates_into_that_word_too()
    {
        // "car maker" stands in the dictionary, "carmaker" in the article; "car manufacturer" has no closed form there.
        var expansions = Expander.Expand("Wie viel hält Renault am japanischen Autobauer Nissan?", "de");
        Assert.Contains(expansions, e => e.Text == "carmaker" && e.Group == "de:Autobauer");
        Assert.DoesNotContain(expansions, e => e.Text == "carmanufacturer");
    }

    [Fact]
    public void A_closed_form_only_a_document_writes_is_no_translation()
    {
        // "prime" and "rate" stand in three articles each, "primerate" in one: the phrase is kept, the stray token is not.
        var expansions = Expander.Expand("Wie hoch ist der Vorzugszins?", "de");
        Assert.Contains(expansions, e => e.Text == "prime rate" && e.Group == "de:Vorzugszins");
        Assert.DoesNotContain(expansions, e => e.Text == "primerate");
    }

    [Fact]
    public void An_abbreviation_translates_into_the_other_languages_abbreviation()
    {
        Assert.Contains(Expander.Expand("What did the ECB decide?", "en"), e => e.Text == "EZB" && e.Group == "en:ECB");
    }

    [Fact]
    public async Task A_question_naming_the_english_abbreviation_is_answered_from_the_german_article()
    {
        // Before, "ECB" was a detail no German article shows ("EZB"), so the answer abstained although the article was found.
        var answer = await _engine.AskAsync("To what level did the ECB raise the interest rate?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("4,5 Prozent", answer.Citations[0].Quote);
    }

    [Fact]
    public void A_name_written_as_one_word_in_one_language_and_two_in_the_other_translates_both_ways()
    {
        Assert.Contains(Expander.Expand("Wie endete das Finale in Hongkong?", "de"), e => e.Text == "Hong Kong" && e.Group == "de:Hongkong");
        Assert.Contains(Expander.Expand("Who protested in Hong Kong on Sunday?", "en"), e => e.Text == "Hongkong" && e.Group == "en:Kong");
    }

    [Fact]
    public void A_hyphenated_word_before_a_name_is_not_joined_to_it()
    {
        // "final" stands in the English article, so the join "Final-Gegnerinvenus" passed for a name written as one word.
        var expansions = Expander.Expand("Wen besiegte Final-Gegnerin Venus Williams in Hongkong?", "de");
        Assert.DoesNotContain(expansions, e => e.Text.Contains("gegnerinvenus", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_compound_of_dictionary_words_is_no_name_written_apart()
    {
        // "Hotel" and "Ticket" stand in the English article, but "Hotelticket" is a German compound, not "Hotel Ticket".
        var expansions = Expander.Expand("Was kostet das Hotelticket?", "de");
        Assert.DoesNotContain(expansions, e => e.Group == "de:Hotelticket");
        Assert.Contains(expansions, e => e.Text == "ticket" && e.Group == "de:Ticket");
    }

    [Fact]
    public void A_nationality_word_also_translates_into_its_country()
    {
        // The German article says "Großbritannien", never "britisch"; "brittleness" shares the letters but is no place.
        var expansions = Expander.Expand("What tariffs does the British government plan?", "en");
        Assert.Contains(expansions, e => e.Text == "Großbritannien" && e.Group == "en:British");
        Assert.DoesNotContain(expansions, e => e.Text == "Sprödigkeit");
    }

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }
}
