using Briefing.Core.Answering;
using Briefing.Core.Lexicon;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// Same-language synonyms strict enough for the off-topic check (<see cref="SameSenseSynonyms"/>): "Chefcoach" asked,
/// "Cheftrainer" written (one phrase, "head coach", renders both); "Beschäftigte" / "Mitarbeiter" (two translations
/// come back both ways). One shared translation is one sense of a polysemous word: "Testspiel" → trial → "Verhandlung"
/// is no synonym. All articles are invented.
/// </summary>
public sealed class SameSenseSynonymTests : InventedArticlesTest
{
    private const string GermanEnglish = """
        Chefcoach /ˈʃɛfkoːtʃ/ <masc>
        head coach
        ---
        Cheftrainer /ˈʃɛftʁɛːnɐ/ <masc>
        head coach, coach
        ---
        Beschäftigte /bəˈʃɛftɪçtə/ <pl>
        employees, staff
        ---
        Mitarbeiter /ˈmɪtʔaʁbaɪ̯tɐ/ <masc>
        employees, staff, collaborator
        ---
        Testspiel /ˈtɛstʃpiːl/ <neut>
        friendly, trial
        ---
        Verhandlung /fɛɐ̯ˈhandlʊŋ/ <fem>
        negotiation, trial
        ---
        bereitet /bəˈʁaɪ̯tət/
        worked out, prepared
        ---
        ausgerechnet /ˈaʊ̯sɡəʁɛçnət/
        worked out, calculated
        ---
        Verlängerung /fɛɐ̯ˈlɛŋəʁʊŋ/ <fem>
        extension, prolongation, extra time
        ---
        Pause /ˈpaʊ̯zə/ <fem>
        break, rest, extra time
        ---
        Stellplatz /ˈʃtɛlplats/ <masc>
        space, off-street parking, parking bay
        ---
        Parkplatz /ˈpaʁkplats/ <masc>
        car park, parking space, parking bay
        ---
        Breite /ˈbʁaɪ̯tə/ <fem>
        width, breadth
        ---
        Weite /ˈvaɪ̯tə/ <fem>
        width, breadth, distance
        ---
        weit /vaɪ̯t/
        far, wide
        """;

    private const string EnglishGerman = """
        head coach /hɛd koʊtʃ/
        Cheftrainer <masc>, Chefcoach <masc>
        ---
        employees /ɪmplɔɪˈiːz/
        Mitarbeiter <pl>, Beschäftigte <pl>
        ---
        staff /stæf/
        Mitarbeiter <pl>, Beschäftigte <pl>
        ---
        trial /tɹaɪəl/
        Verhandlung <fem>, Testspiel <neut>
        ---
        worked out /wɜːkt aʊt/
        ausgerechnet, bereitet
        ---
        extra time /ˈɛkstɹə taɪm/
        Pause <fem>, Verlängerung <fem>
        ---
        parking bay /ˈpɑːkɪŋ beɪ/
        Stellplatz <masc>, Parkplatz <masc>
        ---
        width /wɪdθ/
        Breite <fem>, Weite <fem>
        ---
        breadth /bɹɛdθ/
        Breite <fem>, Weite <fem>
        """;

    public SameSenseSynonymTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/kombination.txt", """
            Kombinierer auf Platz vier
            Lillehammer. Die Kombinierer wurden im Teambewerb Vierte. Cheftrainer Christoph Eugen äußerte sich danach positiv.
            Die Verhandlung über den Testspiel-Termin läuft, in der Pause und der Verlängerung stehen Parkplatz und Stellplatz offen, die Mitarbeiter des Verbands bereiten alles vor; das Ergebnis ist ausgerechnet knapp.
            """);
        Folder.Write("news/firmensitz.txt", """
            Neuer Firmensitz für Kelbaro
            Kelbaro baut in Norby einen neuen Firmensitz. Das Gebäude verfügt über 4.200 Parkplätze.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_phrase_that_renders_both_nouns_makes_them_the_same_sense()
    {
        var expansions = Expander.Expand("Wer ist Chefcoach der Kombinierer?", "de");

        Assert.Contains(expansions, e => e.Text == "Cheftrainer" && e.Group == "de:Chefcoach" && e.Synonym && e.SameSense);
    }

    [Fact]
    public void Two_translations_that_come_back_both_ways_make_the_same_sense()
    {
        var expansions = Expander.Expand("Wie viele Beschäftigte hat der Verband?", "de");

        Assert.Contains(expansions, e => e.Text == "Mitarbeiter" && e.Group == "de:Beschäftigte" && e.SameSense);
    }

    [Fact]
    public void One_shared_translation_is_no_same_sense()
    {
        var expansions = Expander.Expand("Wann ist das Testspiel der Kombinierer?", "de");

        Assert.DoesNotContain(expansions, e => e.Text == "Verhandlung" && e.SameSense);
    }

    /// <summary>A phrase that is one of each word's senses among unrelated others ("extra time": Pause, Verlängerung) is no same sense.</summary>
    [Fact]
    public void A_phrase_in_a_side_sense_of_both_is_no_same_sense()
    {
        var expansions = Expander.Expand("Wer traf in der Verlängerung für die Kombinierer?", "de");

        Assert.DoesNotContain(expansions, e => e.Text == "Pause" && e.SameSense);
    }

    /// <summary>A phrase the word's other renderings echo ("parking": car park, parking space) is its own sense; askers write the plural.</summary>
    [Theory]
    [InlineData("Wie viele Stellplätze hat der Verband?")]
    [InlineData("Wie viele Stellplatz hat der Verband?")]
    public void A_phrase_the_other_renderings_echo_makes_the_same_sense(string question)
    {
        var expansions = Expander.Expand(question, "de");

        Assert.Contains(expansions, e => e.Text == "Parkplatz" && e.SameSense);
    }

    /// <summary>A verb's phrasal renderings carry every sense ("worked out"): only nouns get same-sense synonyms.</summary>
    [Fact]
    public void A_verb_has_no_same_sense_synonyms()
    {
        var expansions = Expander.Expand("Wer bereitet die Kombinierer vor?", "de");

        Assert.DoesNotContain(expansions, e => e.Text == "ausgerechnet" && e.SameSense);
    }

    /// <summary>English does not mark its nouns: its round trip through German nouns brought other things ("awards" → "prices").</summary>
    [Fact]
    public void An_english_word_has_no_same_sense_synonyms()
    {
        var expansions = Expander.Expand("How many employees does the team have?", "en");

        Assert.DoesNotContain(expansions, e => e.SameSense);
    }

    /// <summary>"Weite" is "weit" made a noun: the analyser reads every "weitere" as it, so it shows no asked "Breite".</summary>
    [Fact]
    public void A_noun_made_of_an_adjective_is_no_same_sense()
    {
        var expansions = Expander.Expand("Wie groß ist die Breite der Boliden?", "de");

        Assert.DoesNotContain(expansions, e => e.Text == "Weite" && e.SameSense);
    }

    /// <summary>The expander marks a same-sense synonym the looser round trip did not bring ("Cheftrainer") as CheckOnly.</summary>
    [Fact]
    public void A_same_sense_synonym_only_the_strict_round_trip_brings_is_check_only()
    {
        var expansions = Expander.Expand("Wer ist Chefcoach der Kombinierer?", "de");

        Assert.Contains(expansions, e => e.Text == "Cheftrainer" && e.SameSense && e.CheckOnly);
    }

    /// <summary>A synonym both round trips bring ("Mitarbeiter") stays a matching synonym, marked as the same sense.</summary>
    [Fact]
    public void A_same_sense_synonym_the_looser_round_trip_brings_too_is_not_check_only()
    {
        var expansions = Expander.Expand("Wie viele Beschäftigte hat der Verband?", "de");

        Assert.Contains(expansions, e => e.Text == "Mitarbeiter" && e.SameSense && !e.CheckOnly);
    }

    /// <summary>A same-sense synonym the looser round trip did not bring is read by the topic checks alone, never by retrieval or scoring.</summary>
    [Fact]
    public void Check_only_synonyms_stay_out_of_matching()
    {
        var checkOnly = new WeightedTerm("Cheftrainer", "de", 1f) { Group = "de:Chefcoach", Synonym = true, SameSense = true, CheckOnly = true };
        var marked = new WeightedTerm("Mitarbeiter", "de", 1f) { Group = "de:Beschäftigte", Synonym = true, SameSense = true };

        Assert.Equal([marked], WeightedTerm.ForMatching([checkOnly, marked]));
    }

    /// <summary>The counted noun's same-sense synonym says what a figure counts: "Parkplätze" for the asked "Stellplatz".</summary>
    [Fact]
    public async Task A_figure_beside_the_same_sense_synonym_counts_the_asked_noun()
    {
        var reply = await Engine.AskAsync("Wie viele Stellplätze hat der neue Firmensitz von Kelbaro in Norby?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("4.200", reply.Text);
    }

    /// <summary>The off-topic check reads the article's "Cheftrainer" as the asked "Chefcoach".</summary>
    [Fact]
    public void The_same_sense_synonym_shows_the_asked_topic()
    {
        const string question = "Wer trainiert die österreichischen Kombinierer als Chefcoach?";
        var statistics = Engine.Services.GetRequiredService<ITermStatistics>();
        var topic = AskedTopic.Of(question, "de", Expander.Expand(question, "de"), Engine.Services.GetRequiredService<NameDetector>(), statistics);
        var article = statistics.AnalyzeTerms("Cheftrainer Christoph Eugen äußerte sich danach positiv.", "de").ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Chefcoach", topic.Words);
        Assert.Equal(1, topic.ShownShare(article, "de"));
    }
}
