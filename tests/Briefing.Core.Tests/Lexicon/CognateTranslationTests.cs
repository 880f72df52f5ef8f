using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A word whose dictionary senses the index lacks ("pensions" → "Renten", but the Austrian article says "Pensionen") is
/// translated by its own spelling in the other language, where that language's dictionary lists it and the index holds it:
/// the compiled dictionary drops a translation spelled as its headword (pension → Pension), so the cognate was never searched.
/// A word with a sense the index holds keeps to it: "Chef" is a boss, not the English "chef".
/// </summary>
public sealed class CognateTranslationTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        pension /pˈɛnʃən/
        Rente <fem>, Pension <fem> [Ös.]
        ---
        pensions /pˈɛnʃənz/
        Renten <pl>, Versorgungsbezüge <pl>
        ---
        chef /ʃˈɛf/
        Koch <masc>
        """;

    private const string GermanEnglish = """
        Pension /paŋzjˈoːn/ <fem>
        pension, boarding house
        ---
        Chef /ʃˈɛf/ <masc>
        boss, chief
        ---
        Koch /kˈɔx/ <masc>
        cook, chef
        """;

    public CognateTranslationTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/pensionen.txt", """
            Pensionen steigen um 1,2 Prozent
            Die Pensionen werden im kommenden Jahr um 1,2 Prozent angehoben, teilte das Sozialministerium mit.
            """);
        Folder.Write("news/boss.txt", """
            New boss at the bank
            The bank named a new boss on Monday; the chief of its board welcomed him.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void An_english_word_whose_senses_the_index_lacks_is_searched_as_german_spells_it()
    {
        var expansions = Expander.Expand("By how much are Austrian pensions set to go up next year?", "en");
        Assert.Contains(expansions, e => e.Text == "Pension" && e.Group == "en:pensions" && e.Language == "de");
    }

    [Fact]
    public void A_german_word_with_a_sense_the_index_holds_keeps_it_and_not_its_false_friend()
    {
        var expansions = Expander.Expand("Wen hat die Bank zum neuen Chef ernannt?", "de");
        Assert.DoesNotContain(expansions, e => e.Group == "de:Chef" && e.Text == "chef");
        Assert.Contains(expansions, e => e.Group == "de:Chef" && e.Text == "boss");
    }
}
