using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// German borrows English nouns into its compounds ("Internetprovider", "Hausarrest", "Grenzmanagement"): the dictionary
/// translates "internet" as "Netz" and "providers" as "Anbieter", never as themselves, so the join of translations alone
/// ("Netzanbieter") missed the compound the German article writes. And an abbreviation is a name, not the word its
/// letters spell: "IS" is no "is" (befindet).
/// </summary>
public sealed class BorrowedWordCompoundTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        internet /ˈɪntənˌɛt/
        Netz <neut> [comp.]
        ---
        providers /pɹəvˈaɪdəz/
        Anbieter <pl>, Ausstatter <pl>
        ---
        house /hˈaʊs/
        Haus <neut>
        ---
        arrest /əɹˈɛst/
        Festnahme <fem>, Verhaftung <fem>
        ---
        is /ˈɪz/
        ist, befindet
        ---
        town /tˈaʊn/
        Stadt <fem>
        ---
        pop /pˈɒp/
        Papa <masc>, Bevölkerung <fem>
        ---
        star /stˈɑː/
        Stern <masc>
        """;

    private const string GermanEnglish = """
        Netz /nˈɛts/ <neut>
        net, network
        """;

    public BorrowedWordCompoundTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/wlan.txt", """
            Miliz sperrt WLAN in Grenzstadt
            In der Provinz Deir Essor forderte der IS örtliche Internetprovider auf, die Verbindungen in der Ortschaft Albu Kamal zu kappen.
            """);
        Folder.Write("news/netz.txt", """
            Neue Anbieter im Netz
            Zwei neue Anbieter wollen das Netz in der Stadt ausbauen, sagte der Bürgermeister, der sich derzeit im Urlaub befindet.
            """);
        Folder.Write("news/kapitaen.txt", """
            Kapitän wieder frei
            Der Kapitän hatte nach dem Unglück sechs Monate unter Hausarrest verbracht.
            """);
        Folder.Write("news/erbe.txt", """
            Streit um das Erbe
            Der verstorbene Popstar hinterließ ein Vermögen von 300 Millionen Dollar.
            """);
        Folder.Write("news/garden.txt", """
            Garden show opens
            The garden show in Southport opened on Friday; the town hopes for many visitors.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void Two_english_nouns_reach_the_german_compound_that_borrows_them()
    {
        var expansions = Expander.Expand("In which town did the militia order the internet providers to cut the connections?", "en");
        Assert.Contains(expansions, e => e.Text == "Internetprovider" && e.Group == "en:internet");
        Assert.Contains(expansions, e => e.Text == "Internetprovider" && e.Group == "en:providers");
    }

    [Fact]
    public void A_translated_head_joins_the_borrowed_english_tail()
    {
        // "house" → "Haus" and the borrowed "arrest": "Hausarrest", which no translation of "arrest" shows.
        var expansions = Expander.Expand("How long was the captain under house arrest?", "en");
        Assert.Contains(expansions, e => e.Text == "Hausarrest" && e.Group == "en:arrest");
    }

    [Fact]
    public void A_three_letter_english_noun_joins_the_compound_that_borrows_it()
    {
        // "pop" → "Papa", "Bevölkerung": no translation reaches the "Popstar" the German article writes.
        var expansions = Expander.Expand("How big is the fortune the late pop star left behind?", "en");
        Assert.Contains(expansions, e => e.Text == "Popstar" && e.Group == "en:pop");
        Assert.Contains(expansions, e => e.Text == "Popstar" && e.Group == "en:star");
    }

    [Fact]
    public void An_abbreviation_is_not_translated_as_the_word_its_letters_spell()
    {
        var expansions = Expander.Expand("In which town did IS order the internet providers to cut the connections?", "en");
        Assert.DoesNotContain(expansions, e => e.Group == "en:IS" && e.Text == "befindet");
    }

    [Fact]
    public async Task The_german_article_with_the_borrowed_compound_answers_the_english_question()
    {
        var answer = await Engine.AskAsync("In which town did IS order the internet providers to cut the connections?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/wlan", answer.Citations[0].ArticleId);
    }
}
