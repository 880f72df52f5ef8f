using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A German compound's first part written long or clipped ("Autowirtschaft" / "Automobilwirtschaft"): the asker's
/// spelling is not the article's, in a German-only index as much as in a mixed one.
/// </summary>
public sealed class GermanCompoundVariantTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        car /kˈɑː/
        Auto <neut>, Wagen <masc>
        """;

    private const string GermanEnglish = """
        Auto /ˈaʊto/ <neut>
        car, automobile
        ---
        Automobil /aʊtomoˈbiːl/ <neut>
        car, automobile
        ---
        Autobahn /ˈaʊtobaːn/ <fem>
        motorway, highway
        ---
        Automat /aʊtoˈmaːt/ <masc>
        machine, vending machine
        ---
        Autor /ˈaʊtoːɐ/ <masc>
        author
        """;

    public GermanCompoundVariantTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/bayern.txt", """
            Rekordjahr in Bayern
            Die bayerische Automobilwirtschaft hat im vergangenen Jahr rund 20.000 neue Stellen geschaffen.
            Vor allem Zulieferer in Franken stellten ein.
            """);
        Folder.Write("news/autobranche.txt", """
            Zölle belasten Exporte
            Die Autobranche in Baden-Württemberg rechnet wegen der Zölle mit einem Umsatzrückgang von acht Prozent.
            """);
        Folder.Write("news/autoren.txt", """
            Buchmesse eröffnet
            Mehr als 300 Autoren aus Bayern stellen in Leipzig ihre Bücher vor, die Wirtschaft der Verlage wächst.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_clipped_head_finds_the_long_spelling_the_index_holds()
    {
        var expansions = Expander.Expand("Wie viele Stellen schuf die Autowirtschaft in Bayern?", "de");
        Assert.Contains(expansions, e => e.Text == "Automobilwirtschaft" && e.Group == "de:Autowirtschaft" && e.Language == "de");
        // "Autor" begins with "Auto" but means something else: no "Autorwirtschaft", and nothing else is added.
        Assert.All(expansions, e => Assert.Equal("Automobilwirtschaft", e.Text));
    }

    [Fact]
    public void A_long_head_finds_the_clipped_spelling_the_index_holds()
    {
        var expansions = Expander.Expand("Womit rechnet die Automobilbranche in Baden-Württemberg?", "de");
        Assert.Contains(expansions, e => e.Text == "Autobranche" && e.Group == "de:Automobilbranche");
    }

    [Fact]
    public async Task A_german_question_with_the_clipped_compound_is_answered_from_the_article_with_the_long_one()
    {
        var answer = await Engine.AskAsync("Wie viele Stellen hat die Autowirtschaft in Bayern geschaffen?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/bayern", answer.Citations[0].ArticleId);
        Assert.Contains("20.000", answer.Citations[0].Quote);
    }
}
