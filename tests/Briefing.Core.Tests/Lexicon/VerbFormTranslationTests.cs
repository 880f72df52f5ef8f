using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// The form a question writes is not the form the dictionary gives the asked sense under: a German verb split around its
/// clause ("wirft … vor" is vorwerfen, accuse), a finite form listed with one narrow sense ("kostet" → tastes; "kosten" →
/// cost), an inflected word English spells alike in its base form ("Goldenen" → golden), an English "-ing" form listed
/// only as a participle the articles never write ("coaching" → "trainierend"; "coach" → Trainer).
/// </summary>
public sealed class VerbFormTranslationTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        coaching /kˈəʊtʃɪŋ/
        Nachhilfe gebend, trainierend
        ---
        coach /kˈəʊtʃ/
        Trainer <masc>, Kutsche <fem>
        ---
        James /dʒˈeɪmz/
        Jakobus <masc>
        ---
        jam /dʒˈam/
        Knopf <masc>
        """;

    private const string GermanEnglish = """
        wirft /vˈɪɾft/
        pelts
        ---
        werfen /vˈɛɾfən/ <v>
        throw <v>
        ---
        vorwerfen /fˈoːɾvˌɛɾfən/ <v, trans>
        accuse sb. of sth. <v>
        ---
        kostet /kˈɔstət/
        tastes, tries
        ---
        kosten /kˈɔstən/ <v, intr>
        cost <v>
        ---
        golden /ɡˈɔldən/ <adj>
        aureate <adj>
        ---
        insgesamt /ɪnsɡəzˈamt/ <adv>
        altogether, as a whole, at large
        ---
        Ticket /tˈɪkət/ <neut>
        ticket
        ---
        legen /lˈeːɡən/ <v>
        lay, place
        ---
        zulegen /tsˈuːleːɡən/ <v>
        put on, gain
        """;

    public VerbFormTranslationTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/festival.txt", """
            Festival jury accused of bias
            Critics accuse the jury of favouring local films; the golden award went to a debut that cost little to make.
            Taken as a whole, the festival sold more tickets than ever, and a large crowd tried the street food.
            Ticket sales gain 12% on last year.
            """);
        Folder.Write("news/fussball.txt", """
            Neuer Trainer in Leipzig
            Der Verein hat einen neuen Trainer verpflichtet, der Knopf an seiner Jacke glänzte bei der Vorstellung.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_verb_split_around_its_clause_translates_as_the_verb_with_its_particle()
    {
        var expansions = Expander.Expand("Wer wirft der Jury Parteilichkeit vor?", "de");

        // The dictionary lists "vorwerfen" only as "accuse sb. of sth.": the verb is the phrase's one content word.
        Assert.Contains(expansions, e => e.Text == "accuse" && e.Group == "de:vorwerfen");
        Assert.DoesNotContain(expansions, e => e.Group == "de:wirft");
    }

    [Fact]
    public void The_verb_a_closing_particle_belongs_to_is_the_nearest_not_the_question_word()
    {
        // "wie" is also a listed form of "weisen", and "zuweisen" a verb: read from the clause's start, the question word
        // took the particle and "legte" kept its sense "lay" instead of zulegen (gain).
        var expansions = Expander.Expand("Um wie viel Prozent legte der Ticketverkauf des Festivals zu?", "de");

        Assert.Contains(expansions, e => e.Text == "gain" && e.Group == "de:zulegen");
        Assert.DoesNotContain(expansions, e => e.Group == "de:zuweisen");
    }

    [Fact]
    public void A_finite_verb_form_listed_with_a_narrow_sense_also_translates_as_its_infinitive()
    {
        var expansions = Expander.Expand("Wie viel kostet der Debütfilm?", "de");

        Assert.Contains(expansions, e => e.Text == "cost" && e.Group == "de:kostet");
        Assert.Contains(expansions, e => e.Text == "tries" && e.Group == "de:kostet");
    }

    [Fact]
    public void An_inflected_word_whose_base_form_english_spells_alike_translates_as_that_spelling()
    {
        // "golden" → "golden" is no look-up target in the compiled dictionary, and "Goldenen" matches no English text.
        var expansions = Expander.Expand("Wer gewann den Goldenen Preis?", "de");

        Assert.Contains(expansions, e => e.Text == "golden" && e.Group == "de:Goldenen");
    }

    [Fact]
    public void An_idiom_that_begins_with_a_function_word_is_no_single_word_translation()
    {
        var expansions = Expander.Expand("Wie viele Tickets wurden insgesamt verkauft?", "de");

        Assert.DoesNotContain(expansions, e => e.Group == "de:insgesamt" && e.Text is "whole" or "large");
    }

    [Fact]
    public void An_english_form_whose_translations_no_article_has_gives_way_to_the_next_form()
    {
        var expansions = Expander.Expand("Who is coaching the club in Leipzig?", "en");

        Assert.Contains(expansions, e => e.Text == "Trainer" && e.Group == "en:coaching");
    }

    [Fact]
    public void A_name_keeps_its_own_listing_even_when_no_article_has_its_translation()
    {
        // "James" → "Jakobus" is in no article; "jam", its form without "-es", is another word, not the name.
        var expansions = Expander.Expand("Where did James play?", "en");

        Assert.DoesNotContain(expansions, e => e.Text == "Knopf");
    }
}
