using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// Two ways a question's word lost its weight across languages. A surname the dictionary does not list, which the
/// other language's articles write as typed, was looked up through a form stripped of an ending it never had
/// ("Federer" → "Feder" → feather, spring). And a rare word that no article of the question's language has
/// ("kestrels") was searched for only through its translations at half weight, so the question's common words,
/// which the asker's language does have, filled the top with other articles.
/// </summary>
public sealed class NamesAndUnsharedWordsTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        kestrel /kˈɛstɹəl/
        Turmfalke <masc>
        ---
        officer /ˈɒfɪsə/
        Beamter <masc>, Offizier <masc>
        ---
        smuggled /smˈʌɡəld/
        geschmuggelt
        ---
        Austrian /ˈɒstɹiən/
        österreichisch
        """;

    private const string GermanEnglish = """
        Feder /ˈfeːdɐ/ <fem>
        feather, spring
        ---
        Titel /ˈtiːtl̩/ <masc>
        title
        ---
        gewinnen /ɡəˈvɪnən/
        win
        ---
        Nord /nɔʁt/ <masc>
        north
        ---
        Metall /meˈtal/ <neut>
        metal
        ---
        Manchester /ˈmɛnt͡ʃɛstɐ/ <masc>
        corduroy
        """;

    public NamesAndUnsharedWordsTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/federer.txt", """
            Federer wins in Basel
            Roger Federer won his tenth title in Basel on Sunday, beating the defending champion in three sets.
            """);
        Folder.Write("news/pillows.txt", """
            Pillow maker expands
            The company fills its pillows with goose feather and down and plans a new plant for the spring.
            """);
        // English articles with the question's common words, none with the bird.
        for (var i = 0; i < 6; i++)
        {
            Folder.Write($"news/standards-{i}.txt", $"""
                Austrian standards body report {i + 1}
                An officer of the Austrian Standards Institute said {i + 10} people reported problems with the new rules.
                """);
        }
        Folder.Write("news/manchester-1.txt", """
            Manchester side reach final
            Manchester United beat Leeds 2-0 and will play the cup final in May.
            """);
        Folder.Write("news/manchester-2.txt", """
            Manchester council budget
            The council in Manchester approved its budget for the new year on Tuesday.
            """);
        Folder.Write("news/fashion.txt", """
            Corduroy returns
            Corduroy trousers are back in the shops this winter, retailers said.
            """);
        Folder.Write("news/metal.txt", """
            Metal prices rise
            Metal prices rose in the north of the country as demand from carmakers grew.
            """);
        Folder.Write("news/turmfalken.txt", """
            Schmuggel am Grenzübergang
            Ein Beamter fand im Kofferraum zwölf geschmuggelte Turmfalken; wie viele Personen angezeigt wurden, sagte er nicht.
            """);
        for (var i = 0; i < 6; i++)
        {
            Folder.Write($"news/markt-{i}.txt", $"""
                Wochenmarkt in Nordhafen Nummer {i + 1}
                Der Wochenmarkt in Nordhafen hatte am Samstag {i + 20} Stände mit Obst und Gemüse.
                """);
        }
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_surname_the_other_language_writes_as_typed_is_not_translated_through_a_stripped_form()
    {
        var expansions = Expander.Expand("Wie viele Titel hat Roger Federer in Basel gewonnen?", "de");

        Assert.DoesNotContain(expansions, e => e.Group == "de:Federer");
        Assert.DoesNotContain(expansions, e => e.Text is "feather" or "spring");
        Assert.Contains(expansions, e => e.Text == "title");
    }

    [Fact]
    public void A_name_the_dictionary_knows_as_a_common_word_stays_a_name_where_the_other_language_writes_it_as_typed()
    {
        // "Manchester" is listed as corduroy; English articles write the city more often than the cloth, and the
        // English dictionary has no word "Manchester": a name, not a word to translate.
        var expansions = Expander.Expand("Wann spielt Manchester United das Finale?", "de");

        Assert.DoesNotContain(expansions, e => e.Text == "corduroy");
    }

    [Fact]
    public void The_translations_of_a_word_no_article_of_the_question_language_has_weigh_as_a_typed_word()
    {
        var expansions = Expander.Expand("How many people did the Austrian officer report over the smuggled kestrels?", "en");

        Assert.Contains(expansions, e => e.Text == "Turmfalke" && e.Weight == 1f);
        // "officer" is in the English articles: its translations stay below the typed word.
        Assert.Contains(expansions, e => e.Text == "Beamter" && e.Weight < 1f);
    }

    [Fact]
    public void A_name_the_index_lacks_is_missing_not_in_the_other_language()
    {
        // "Nordmetall" is in no article: translated by its parts (north, metal), which weigh as translations do.
        var expansions = Expander.Expand("Wer leitet den Konzern Nordmetall?", "de");

        Assert.Contains(expansions, e => e.Text == "metal" && e.Weight < 1f);
    }
}
