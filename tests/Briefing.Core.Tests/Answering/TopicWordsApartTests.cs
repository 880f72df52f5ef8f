using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions from the off-topic check: the asker writes one compound where the article writes its
/// parts apart. "Wo gingen GE-Beschäftigte gegen den geplanten Personalabbau auf die Straße?" over "gegen den geplanten
/// Abbau von Stellen" (the lexicon's same-head synonym "Stellenabbau", written apart), and "Wie viele Punkte holten
/// Österreichs Viertklässler?" over "die österreichischen Schüler der vierten Klasse": both answering articles read as
/// about something else. All articles are invented.
/// </summary>
public sealed class TopicWordsApartTests : InventedArticlesTest
{
    private const string GermanEnglish = """
        Personalabbau /ˈpɛʁzoːnaːlˌapbaʊ̯/ <masc>
        downsizing
        ---
        Stellenabbau /ˈʃtɛlənˌapbaʊ̯/ <masc>
        downsizing, job cuts
        ---
        Viertklässler /ˈfiːɐ̯tˌklɛslɐ/ <masc>
        fourth-grader
        ---
        Gewerkschafter /ɡəˈvɛʁkʃaftɐ/ <masc>
        trade unionist
        ---
        Punkt /pʊŋkt/ <masc>
        point
        """;

    private const string EnglishGerman = """
        downsizing /daʊnˈsaɪzɪŋ/
        Personalabbau <masc>, Stellenabbau <masc>
        ---
        point /pɔɪnt/
        Punkt <masc>
        """;

    public TopicWordsApartTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/werk.txt", """
            Proteste in Nordstadt
            Nordstadt. Tausende Gewerkschafter protestierten am Freitag gegen den geplanten Abbau von Stellen im Werk.
            """);
        Folder.Write("news/stellen.txt", """
            Offene Stellen im Handel
            Südstadt. Im Handel sind derzeit 300 Stellen offen, teilte die Kammer mit.
            """);
        Folder.Write("news/abbau.txt", """
            Abbau von Kohle endet
            Weststadt. Der Abbau von Kohle in der Region endet im kommenden Jahr.
            """);
        Folder.Write("news/lesen.txt", """
            Lesestudie: Volksschüler über dem Schnitt
            Oststadt. Die Schüler der vierten Klasse erreichten 529 Punkte und lagen damit über dem Schnitt.
            """);
        Folder.Write("news/reihe.txt", """
            Konzert im Park
            Oststadt. Die Besucher der vierten Reihe sahen am besten. Die Klasse des Orchesters war hoch.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private ITermStatistics Statistics => Engine.Services.GetRequiredService<ITermStatistics>();

    private AskedTopic Topic(string question, IReadOnlyList<WeightedTerm> expansions) =>
        AskedTopic.Of(question, "de", expansions, Engine.Services.GetRequiredService<NameDetector>(), Statistics);

    private HashSet<string> Terms(string text) => Statistics.AnalyzeTerms(text, "de").ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void A_same_head_synonym_written_apart_shows_the_asked_compound()
    {
        var topic = Topic("Wie viele Gewerkschafter protestierten gegen den Personalabbau?",
            [new WeightedTerm("Stellenabbau", "de", 1f) { Group = "de:Personalabbau" }]);

        Assert.Equal(["Personalabbau"], topic.Words);
        Assert.Equal(1, topic.ShownShare(Terms("Tausende protestierten gegen den geplanten Abbau von Stellen im Werk."), "de"));
        // One part of the synonym alone is something else: open jobs, or mining.
        Assert.Equal(0, topic.ShownShare(Terms("Im Handel sind derzeit 300 Stellen offen."), "de"));
    }

    [Fact]
    public void A_compound_opening_with_an_ordinal_is_shown_by_the_ordinal_and_its_noun_apart()
    {
        var topic = Topic("Wie viele Punkte holten die Viertklässler?", []);

        Assert.Equal(["Viertklässler"], topic.Words);
        Assert.Equal(1, topic.ShownShare(Terms("Die Schüler der vierten Klasse erreichten 529 Punkte."), "de"));
        // The ordinal beside another noun, or the noun without it, is something else.
        Assert.Equal(0, topic.ShownShare(Terms("Die Besucher der vierten Reihe sahen am besten."), "de"));
        Assert.Equal(0, topic.ShownShare(Terms("Die Klasse des Orchesters war hoch."), "de"));
    }

    [Theory]
    [InlineData("Viertklässler", "Vierten", new[] { "klässler", "kläss", "klässl" })]
    [InlineData("Drittligist", "Dritten", new[] { "ligist" })]
    public void Reads_the_ordinal_and_the_rest(string word, string ordinal, string[] rests)
    {
        var compound = OrdinalCompounds.Of(word);

        Assert.NotNull(compound);
        Assert.Equal(ordinal, compound.Value.Ordinal);
        Assert.Equal(rests, compound.Value.Rests);
    }

    [Theory]
    [InlineData("Viertel")]
    [InlineData("Erstens")]
    [InlineData("Klasse")]
    public void Words_that_open_with_no_ordinal_compound_are_none(string word) => Assert.Null(OrdinalCompounds.Of(word));
}
