using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// "Which company …?" over German articles that say "Unternehmen": FreeDict lists an English word's rare senses before its
/// common one, and the cap of five kept translations cut the sense the German articles write. An English word's
/// translations the cap keeps are those the most German passages hold; a German word's keep the dictionary's order.
/// </summary>
public sealed class CommonestTranslationsKeptTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        company /kˈʌmpəni/
        Kompanie, Begleitung, Gesellschaft, Truppe, Gast, Ensemble, Unternehmen
        """;

    private const string GermanEnglish = """
        Konzern /kɔntsˈɛɾn/ <masc>
        group, combine, trust, conglomerate, corporation, concern, firm
        """;

    public CommonestTranslationsKeptTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/kompanie.txt", """
            Kompanie übt in Allentsteig
            Eine Kompanie des Bundesheeres übte in Begleitung von Beobachtern mit einer Truppe aus Bayern.
            """);
        Folder.Write("news/theater.txt", """
            Ensemble spielt in Linz
            Das Ensemble trat als Gast der Gesellschaft der Musikfreunde auf.
            """);
        Folder.Write("news/werk.txt", """
            Unternehmen baut Werk in Steyr
            Das Unternehmen Velamont baut ein neues Werk in Steyr. Das Unternehmen beschäftigt 300 Menschen.
            """);
        Folder.Write("news/stellen.txt", """
            Unternehmen streicht Stellen
            Ein Unternehmen aus Graz streicht 40 Stellen, teilte das Unternehmen mit.
            """);
        Folder.Write("news/group.txt", """
            Group sells plant
            The group said on Monday it would sell the plant. The group employs 300 people; the group's shares rose.
            The firm's chief said the sale was a firm decision.
            """);
        Folder.Write("news/group2.txt", """
            Group cuts jobs
            The group will cut 40 jobs, the group said. A trust and a combine and a conglomerate and a corporation bid for the firm.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void An_english_word_keeps_the_translation_most_german_passages_hold_though_the_dictionary_lists_it_last()
    {
        var group = Expander.Expand("Which company builds a plant in Steyr?", "en").Where(e => e.Group == "en:company").Select(e => e.Text).ToList();
        Assert.Contains("Unternehmen", group);
        Assert.Equal(5, group.Count);
    }

    [Fact]
    public void A_german_word_keeps_the_dictionarys_first_five_senses()
    {
        var group = Expander.Expand("Welcher Konzern baut ein Werk in Steyr?", "de").Where(e => e.Group == "de:Konzern").Select(e => e.Text).ToList();
        Assert.DoesNotContain("firm", group);
        Assert.Contains("group", group);
    }
}
