using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A German noun the German side of the dictionary lists by a rare sense only ("Tor" → fool), while the English side
/// gives it as the first translation of the word news uses ("goal" → Tor): the English sense joins the noun's group.
/// </summary>
public sealed class PrimarySenseTranslationTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        goal /ɡˈəʊl/
        Tor <neut>, Ziel <neut>
        ---
        fool /fˈuːl/
        Narr <masc>, Tor <masc>
        ---
        president /pɹˈɛzɪdənt/
        Präsident <masc>
        ---
        pres /pɹˈɛz/
        Präsident <masc>
        ---
        score /skˈɔː/
        schießen
        """;

    private const string GermanEnglish = """
        Tor /tˈoːɐ̯/ <masc>
        fool
        ---
        Präsident /pʁɛziˈdɛnt/ <masc>
        president
        ---
        schießen /ʃˈiːsən/ <verb>
        shoot
        """;

    public PrimarySenseTranslationTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/spiel.txt", """
            Testspiel in Wien
            Die Mannschaft gewann das Testspiel gegen Kroatien am Mittwoch.
            """);
        Folder.Write("news/match.txt", """
            Keane goal sinks Croatia
            Robbie Keane scored the only goal as the president watched the friendly win over Croatia. The pres had a fool's cap.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_german_noun_gets_the_sense_the_english_side_lists_first()
    {
        var expansions = Expander.Expand("Wer hat gegen Kroatien das einzige Tor geschossen?", "de");
        Assert.Contains(expansions, e => e.Text == "goal" && e.Group == "de:Tor");
        Assert.Contains(expansions, e => e.Text == "fool" && e.Group == "de:Tor");
    }

    [Fact]
    public void An_abbreviation_of_the_nouns_own_translation_is_no_sense_of_it()
    {
        var expansions = Expander.Expand("Wann kam der Präsident nach Kroatien?", "de");
        Assert.DoesNotContain(expansions, e => e.Text == "pres");
    }

    [Fact]
    public void A_verb_gets_no_reverse_senses()
    {
        // "score" → "schießen" first, but a verb's reverse senses are its idioms and inflections as often as its senses.
        var expansions = Expander.Expand("Wer darf gegen Kroatien schießen?", "de");
        Assert.DoesNotContain(expansions, e => e.Text == "score");
    }
}
