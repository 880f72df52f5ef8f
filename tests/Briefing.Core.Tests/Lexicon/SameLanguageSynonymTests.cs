using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// The asker's word is not always the article's: "Wie viele Beschäftigte …" over "rund 250 Angestellte", "How many
/// kids …" over "45 children". Two words of one language that the dictionary renders alike are one word asked.
/// </summary>
public sealed class SameLanguageSynonymTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        employees /ɪmˈplɔɪiːz/
        Mitarbeiter, Beschäftigte, Angestellte, Belegschaft
        ---
        staff /stˈɑːf/
        Stab, Personal, Belegschaft
        ---
        kids /kˈɪdz/
        Kinder
        ---
        children /tʃˈɪldɹən/
        Kinder
        ---
        got /ɡˈɒt/
        bekommen, besorgt, zugelegt
        ---
        brewery /bɹˈuːəɹi/
        Brauerei
        """;

    private const string GermanEnglish = """
        Beschäftigte /bəˈʃɛftɪçtə/ <fem, masc>
        employee, employees, staff
        ---
        Angestellte /ˈanɡəʃtɛltə/ <fem, masc>
        staffer, employees, staff
        ---
        Mitarbeiter /ˈmɪtʔaʁbaɪ̯tɐ/ <masc>
        employees, staffer, collaborator
        ---
        Kinder /ˈkɪndɐ/ <pl>
        children, kids
        ---
        besorgt /bəˈzɔʁkt/
        anxious, worried, got
        ---
        zugelegt /ˈt͡suːɡəˌleːkt/
        got, gained
        ---
        Brauerei /bʁaʊ̯əˈʁaɪ̯/ <fem>
        brewery
        """;

    public SameLanguageSynonymTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/brauerei.txt", """
            Brauerei Hopfenthal feiert Jubiläum
            Die Brauerei Hopfenthal aus Franken wird in diesem Jahr 300 Jahre alt.
            Heute arbeiten dort rund 250 Angestellte, die jährlich 80.000 Hektoliter Bier brauen.
            Zum Fest am Samstag werden tausende Gäste erwartet, die Eltern sind wegen des Verkehrs besorgt.
            """);
        Folder.Write("news/camp.txt", """
            Summer camp at Lake Brennor opens
            The summer camp at Lake Brennor opened on Monday with a week of sailing and hiking.
            This year 45 children attended the first week, the organisers said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_german_noun_gets_the_nouns_that_share_its_translations_as_alternatives_in_its_own_language()
    {
        var expansions = Expander.Expand("Wie viele Beschäftigte hat die Brauerei Hopfenthal?", "de");
        Assert.Contains(expansions, e => e.Text == "Angestellte" && e.Language == "de" && e.Group == "de:Beschäftigte");
    }

    [Fact]
    public void Words_that_share_one_generic_translation_are_no_synonyms()
    {
        // "besorgt" (worried) and "zugelegt" share only "got": no alternative of one for the other.
        var expansions = Expander.Expand("Warum sind die Eltern zugelegt?", "de");
        Assert.DoesNotContain(expansions, e => e.Text == "besorgt");
    }

    [Fact]
    public async Task A_german_count_is_answered_from_the_sentence_that_counts_under_another_word()
    {
        var answer = await Engine.AskAsync("Wie viele Beschäftigte hat die Brauerei Hopfenthal?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("250", answer.Text);
    }

    [Fact]
    public async Task An_english_count_is_answered_from_the_sentence_that_counts_under_another_word()
    {
        var answer = await Engine.AskAsync("How many kids attended the first week of the camp at Lake Brennor?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("45 children", answer.Text);
    }
}
