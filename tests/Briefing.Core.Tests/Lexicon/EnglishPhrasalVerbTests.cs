using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// An English verb and the particle after it are one verb ("step down" is zurücktreten, "take over" übernehmen): the
/// particle is a function word no look-up translates, so the verb alone searched the German articles for its literal sense.
/// </summary>
public sealed class EnglishPhrasalVerbTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        step /stˈɛp/
        treten, Schritt <masc>
        ---
        stepped down /stˈɛpt dˈaʊn/
        abgetreten, zurückgetreten
        ---
        take /tˈeɪk/
        nehmen
        ---
        taken over /tˈeɪkən ˈəʊvə/
        übernommen
        ---
        sleep /slˈiːp/
        schlafen
        ---
        sleep in /slˈiːp ˈɪn/
        ausschlafen
        ---
        boss /bˈɒs/
        Chef <masc>
        ---
        firm /fˈɜːm/
        Firma <fem>
        ---
        tents /tˈɛnts/
        Zelte
        """;

    private const string GermanEnglish = """
        Chef /ʃˈɛf/ <masc>
        boss
        """;

    public EnglishPhrasalVerbTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/firma.txt", """
            Chef der Firma zurückgetreten
            Der Chef der Firma ist zurückgetreten, seine Stellvertreterin hat die Leitung übernommen.
            Ein Schritt, den niemand erwartet hatte: die Mitarbeiter treten nun vor Gericht. Flüchtlinge schlafen in Zelten, andere schlafen aus.
            """);
        Folder.Write("news/market.txt", """
            Markets calm
            Shares were little changed on Monday as traders waited for new figures.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_verb_before_its_particle_translates_as_the_phrasal_verb()
    {
        var expansions = Expander.Expand("Which boss stepped down at the firm?", "en");

        Assert.Contains(expansions, e => e.Text == "zurückgetreten" && e.Group == "en:stepped");
        Assert.DoesNotContain(expansions, e => e.Group == "en:stepped" && e.Text is "treten" or "Schritt");
    }

    [Fact]
    public void An_irregular_past_finds_the_phrase_under_its_participle()
    {
        var expansions = Expander.Expand("Who took over the firm?", "en");

        Assert.Contains(expansions, e => e.Text == "übernommen" && e.Group == "en:took");
    }

    [Fact]
    public void A_preposition_after_a_verb_makes_no_phrasal_verb()
    {
        // "in tents" is where they sleep, not "sleep in" (ausschlafen).
        var expansions = Expander.Expand("Why do the refugees sleep in tents?", "en");

        Assert.Contains(expansions, e => e.Text == "schlafen" && e.Group == "en:sleep");
        Assert.DoesNotContain(expansions, e => e.Text == "ausschlafen");
    }
}
