using Briefing.Core.Answering;
using Briefing.Core.Lexicon;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A German compound the article writes with another modifier before the same head ("Unterrichtsministerium" asked,
/// "Bildungsministerium" written): the dictionary renders the asker's compound as a phrase ("ministry of education")
/// whose modifier translates back into the article's. Without it the German article was not found first: English
/// articles showed the translations of the question's other words ("children", "education", "expected").
/// All articles are invented.
/// </summary>
public sealed class GermanCompoundSynonymTests : InventedArticlesTest
{
    private const string GermanEnglish = """
        Unterrichtsministerium /ˈʊntɐʁɪçtsministeːʁiʊm/ <neut>
        ministry of education
        ---
        Kind /kɪnt/ <neut>
        child, kid
        ---
        erwarten /ɛɐˈvaʁtn̩/
        expect, await
        ---
        Schule /ˈʃuːlə/ <fem>
        school
        """;

    private const string EnglishGerman = """
        ministry /mˈɪnɪstɹi/
        Ministeramt <neut>, Ministerium <neut>
        ---
        education /ˌɛdjʊkˈeɪʃən/
        Ausbildung <fem>, Bildung <fem>, Erziehung <fem>
        ---
        children /tʃˈɪldɹən/
        Kinder <pl>
        ---
        school /skˈuːl/
        Schule <fem>
        """;

    public GermanCompoundSynonymTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/schulen.txt", """
            Mehr Flüchtlingskinder an den Schulen
            Graz. Das Bildungsministerium rechnet im Herbst mit rund 6.400 schulpflichtigen Flüchtlingskindern. Für sie werden 150 Lehrer eingestellt.
            """);
        for (var i = 0; i < 4; i++)
        {
            Folder.Write($"news/education-{i}.txt", $"""
                Education report number {i + 1}
                The ministry of education expected {i + 3} million children to attend school this year, a report on refugee education said.
                """);
        }
        Folder.Write("news/erziehung.txt", """
            Kindergarten wird ausgebaut
            Die Stadt baut 40 neue Kindergartenplätze, teilte die Abteilung für Erziehung mit.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void The_compound_with_a_synonymous_modifier_the_index_holds_is_an_alternative_of_the_asked_one()
    {
        var expansions = Expander.Expand("Wie viele Flüchtlingskinder erwartet das Unterrichtsministerium?", "de");

        Assert.Contains(expansions, e => e.Text == "Bildungsministerium" && e.Group == "de:Unterrichtsministerium" && e.Language == "de" && !e.Synonym);
        // Joins the index lacks ("Erziehungsministerium", "Ausbildungsministerium") are no alternatives.
        Assert.DoesNotContain(expansions, e => e.Language == "de" && e.Text.EndsWith("ministerium") && e.Text != "Bildungsministerium");
    }

    [Fact]
    public async Task The_article_naming_the_ministry_its_own_way_answers()
    {
        var answer = await Engine.AskAsync("Wie viele Flüchtlingskinder erwartet das Unterrichtsministerium?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/schulen", answer.Citations[0].ArticleId);
        Assert.Contains("6.400", answer.Text);
    }

    /// <summary>
    /// The off-topic check reads the article's compound of the same head as the asker's ("Bildungsministerium" for
    /// "Unterrichtsministerium"): without it the one article about the asked ministry showed none of the topic.
    /// </summary>
    [Fact]
    public void The_compound_with_a_synonymous_modifier_shows_the_asked_topic()
    {
        const string question = "Wie viele Lehrer stellt das Unterrichtsministerium ein?";
        var statistics = Engine.Services.GetRequiredService<ITermStatistics>();
        var topic = AskedTopic.Of(question, "de", Expander.Expand(question, "de"), Engine.Services.GetRequiredService<NameDetector>(), statistics);
        var article = statistics.AnalyzeTerms("Das Bildungsministerium rechnet im Herbst mit rund 6.400 schulpflichtigen Flüchtlingskindern.", "de").ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["Unterrichtsministerium"], topic.Words);
        Assert.Equal(1, topic.ShownShare(article, "de"));
    }

    /// <summary>A synonym of the whole word with another head ("Erziehung" for "Bildung") is too loose to show it.</summary>
    [Theory]
    [InlineData("bildungsministeri", "unterrichtsministeri", true)]
    [InlineData("personalabbau", "stellenabbau", true)]
    [InlineData("bildung", "erziehung", false)]
    [InlineData("ministeri", "bildungsministeri", false)]
    public void Only_compounds_that_keep_their_head_share_it(string a, string b, bool expected) =>
        Assert.Equal(expected, AskedTopic.SharesHead(a, b));
}
