using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A German compound the dictionary renders only as a phrase ("Internetadressen" → "uniform resource locators") is also
/// shown by its last part's translation ("Adressen" → addresses): an English report words the thing its own way ("net
/// addresses"), and the dictionary's phrase, all its words or nothing, left it unseen.
/// </summary>
public sealed class CompoundHeadTranslationTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        address /ədɹˈɛs/
        Adresse
        ---
        addresses /ədɹˈɛsɪz/
        Adressen
        """;

    private const string GermanEnglish = """
        Internetadressen /ˈɪntɐnɛtʔaˌdʁɛsən/ <pl>
        uniform resource locators
        ---
        Adressen /aˈdʁɛsən/ <pl>
        addresses
        ---
        Internet /ˈɪntɐnɛt/
        internet, net
        ---
        gekapert /ɡəˈkaːpɐt/
        hijacked
        """;

    public CompoundHeadTranslationTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/spam.txt", """
            Spammer fined in Ohio
            The spammer Bob Crane hijacked 210 net addresses to send his mails, prosecutors in Ohio said.
            Crane was fined on Friday.
            """);
        Folder.Write("news/web.txt", """
            How the web names pages
            A uniform resource locator names a page; browsers show each resource under its locator.
            """);
        Folder.Write("news/wien.txt", """
            Neue Regeln in Wien
            Die Stadt Wien hat am Montag neue Regeln für Baustellen beschlossen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_compound_listed_only_as_a_phrase_is_also_translated_by_its_last_part()
    {
        var expansions = Expander.Expand("Über wie viele Internetadressen hat Bob Crane Mails verschickt?", "de");
        Assert.Contains(expansions, e => e.Text == "addresses" && e.Group == "de:Internetadressen");
    }

    [Fact]
    public async Task The_count_of_the_compound_is_found_where_the_report_words_it_otherwise()
    {
        var answer = await Engine.AskAsync("Wie viele Internetadressen hat Bob Crane gekapert?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("210", answer.Text);
    }
}
