using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// Surnames spelt like words of the dictionary ("Gordon Brown" → braun, "Clare Short" → shorts): the other language's
/// articles write them as typed, after the first name; the dictionary's senses matched articles about colours and clothes.
/// </summary>
public sealed class NamesNotVocabularyTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        brown /bɹˈaʊn/
        braun
        ---
        party /pˈɑːti/
        Partei <fem>, Party <fem>
        ---
        freedom /fɹˈiːdəm/
        Freiheit <fem>
        ---
        chancellor /tʃˈɑːnsələ/
        Schatzkanzler <masc>, Kanzler <masc>
        ---
        short /ʃˈɔːt/
        kurz
        """;

    private const string GermanEnglish = """
        braun /bʁaʊ̯n/ <adj>
        brown
        ---
        Partei /paʁˈtaɪ̯/ <fem>
        party
        ---
        Party /ˈpaːɐ̯ti/ <fem>
        party
        ---
        Short /ʃɔːt/ <pl>
        shorts
        ---
        Ministerin /minɪsˈteːʁɪn/ <fem>
        minister
        """;

    public NamesNotVocabularyTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/brown.txt", """
            Brown legt Budget vor
            Der britische Schatzkanzler Gordon Brown hat am Mittwoch das Budget für das kommende Jahr vorgelegt.
            """);
        // German articles with the dictionary's senses, more often than the name.
        for (var i = 0; i < 4; i++)
        {
            Folder.Write($"news/herbst-{i}.txt", $"""
                Herbst im Park {i + 1}
                Die Blätter im Park sind braun, am {i + 10}. Oktober fallen sie.
                """);
        }
        for (var i = 0; i < 3; i++)
        {
            Folder.Write($"news/oesterreich-{i}.txt", $"""
                Österreich wählt {i + 1}
                In Österreich wird am Sonntag gewählt, die Partei des Kanzlers liegt vorne.
                """);
        }
        Folder.Write("news/party.txt", """
            Party im Park
            Die Party im Park dauerte bis zum Morgen.
            """);
        Folder.Write("news/english.txt", """
            Budget day
            The chancellor presented his budget on Wednesday.
            """);
        Folder.Write("news/short.txt", """
            Short attacks US over aid
            Former minister Clare Short said the US was undermining the UN.
            """);
        Folder.Write("news/shorts.txt", """
            Summer fashion
            Shorts and sandals are back in the shops, and the minister wore shorts too.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_surname_after_a_first_name_the_other_language_writes_as_typed_is_not_translated()
    {
        // "Short" is a German word (the dictionary's shorts) and an English one, so it is no name by its spelling alone;
        // after "Clare", both written in the English articles, it is the minister's surname.
        var expansions = Expander.Expand("Was sagte die Ministerin Clare Short?", "de");

        Assert.DoesNotContain(expansions, e => e.Group == "de:Short");
        Assert.DoesNotContain(expansions, e => e.Text == "shorts");
        Assert.Contains(expansions, e => e.Text == "minister" && e.Group == "de:Ministerin");
    }

    [Fact]
    public void An_english_surname_spelt_like_a_word_is_not_translated()
    {
        var expansions = Expander.Expand("When did the chancellor Gordon Brown present the budget?", "en");

        Assert.DoesNotContain(expansions, e => e.Group == "en:Brown");
        Assert.DoesNotContain(expansions, e => e.Text == "braun");
        Assert.Contains(expansions, e => e.Text == "Schatzkanzler" && e.Group == "en:chancellor");
    }

    [Fact]
    public void A_word_of_a_name_the_other_language_does_not_write_keeps_its_translation()
    {
        // The German articles write "Party" but never "Freedom": "Freedom Party" is no name they write as typed.
        var expansions = Expander.Expand("Which Freedom Party politician won?", "en");

        Assert.Contains(expansions, e => e.Text == "Partei" && e.Group == "en:Party");
    }
}
