using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// "Welches war das größte der gestoppten Projekte?" over "The biggest single project to be halted …": the dictionary
/// lists "größte" only as major/most, so the superlative is translated through its positive (groß → big → biggest).
/// </summary>
public sealed class GradedAdjectiveTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        biggest /bˈɪɡɪst/
        am größten
        ---
        largest /lˈɑːdʒɪst/
        am größten
        ---
        older /ˈəʊldə/
        älter
        ---
        project /pɹˈɒdʒɛkt/
        Projekt
        """;

    private const string GermanEnglish = """
        groß /ɡɾˈoːs/ <adj>
        big, large
        ---
        größte /ɡɾˈœstə/ <adj>
        major, most
        ---
        alt /ˈalt/ <adj>
        old
        ---
        Projekt /pʁoˈjɛkt/ <neut>
        project
        ---
        reisen /ˈʁaɪ̯zn̩/ <v>
        travel
        ---
        Reis /ˈʁaɪ̯s/ <masc>
        rice
        """;

    public GradedAdjectiveTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/dams.txt", """
            Beijing halts dam projects
            Beijing has halted 30 construction projects over environmental checks.
            The biggest single project to be halted was the Brennor Dam, the largest of the group, which is older than the rest.
            Rice farmers near the dam welcomed the order.
            """);
        Folder.Write("news/reise.txt", """
            Minister reist nach Peking
            Der Minister reiste am Montag zu Gesprächen über das Projekt nach Peking.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_german_superlative_is_translated_through_its_positive()
    {
        var expansions = Expander.Expand("Welches war das größte der gestoppten Projekte?", "de");
        Assert.Contains(expansions, e => e.Text == "biggest" && e.Language == "en" && e.Group == "de:größte");
        Assert.Contains(expansions, e => e.Text == "largest" && e.Group == "de:größte");
    }

    [Fact]
    public void A_german_comparative_is_translated_through_its_positive_without_its_umlaut()
    {
        var expansions = Expander.Expand("Welches Projekt ist älter?", "de");
        Assert.Contains(expansions, e => e.Text == "older" && e.Group == "de:älter");
    }

    [Fact]
    public void A_verb_form_that_ends_like_a_superlative_is_no_graded_adjective()
    {
        // "reiste": a past tense, whose stem "reis" the dictionary lists as a noun (rice); no graded form of it is listed.
        var expansions = Expander.Expand("Wann reiste der Minister nach Peking?", "de");
        Assert.DoesNotContain(expansions, e => e.Group == "de:reiste" && e.Text.StartsWith("ric", StringComparison.Ordinal));
    }
}
