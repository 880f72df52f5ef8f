using System.Text;
using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A German question's dictionary noun that no article of a large index writes, in either language, nor any translation
/// of it ("Wer hat den Luchs entdeckt?") says the index has nothing on what is asked: the question is abstained on, not
/// answered by an article that shares its other words ("entdeckt"). Unanswerable probes got such answers (issue 10,
/// constraint check). A word an article of the other language writes as its translation is the index's vocabulary and
/// answers, and so does a question whose other details the article shows: there the word is the asker's description.
/// </summary>
public sealed class UnwrittenWordTests : InventedArticlesTest
{
    internal const string EnglishGerman = """
        mould /məʊld/
        Schimmel <masc>
        ---
        discover /dɪˈskʌvə/
        entdecken <v>
        """;

    internal const string GermanEnglish = """
        Schimmel /ˈʃɪməl/ <masc, n, sg>
        mould <n>
        ---
        entdecken /ɛntˈdɛkən/ <v>
        discover <v>
        ---
        Luchs /lʊks/ <masc, n, sg>
        lynx <n>
        ---
        Detektivin /detɛkˈtiːvɪn/ <fem, n, sg>
        detective <n>
        """;

    /// <summary>Passages of everyday council news, enough for the index's German vocabulary to count.</summary>
    private const int FillerFiles = 22;
    private const int FillerParagraphs = 100;

    public UnwrittenWordTests() : base(EnglishGerman, GermanEnglish)
    {
        WriteArticles(Folder);
        string[] topics = ["Straßen", "Schulen", "Parks", "Büchereien", "Busse", "Märkte", "Bäder", "Laternen", "Bänke", "Brunnen"];
        for (var file = 0; file < FillerFiles; file++)
        {
            var text = new StringBuilder($"Aus dem Gemeinderat {file}\n");
            for (var paragraph = 0; paragraph < FillerParagraphs; paragraph++)
                text.Append($"\nDer Gemeinderat des Bezirks traf sich zur Sitzung {file * FillerParagraphs + paragraph}, um das Budget für die {topics[paragraph % topics.Length]} "
                    + $"und die {topics[(paragraph + file) % topics.Length]} zu beraten; die Pläne sollen nach der Sommerpause veröffentlicht werden, sagten die Beamten.\n");
            Folder.Write($"news/gemeinderat-{file}.txt", text.ToString());
        }
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
        // The filler must open the size gate, or the tests below pass without the unwritten-word constraint.
        var passages = Engine.Services.GetRequiredService<ITermStatistics>().PassageCountIn("de");
        Assert.True(passages >= QuestionConstraints.MinPassagesOfVocabulary, $"{passages} German passages");
    }

    /// <summary>The two articles the questions are about; the filler around them only makes the index large.</summary>
    internal static void WriteArticles(TempFolder folder)
    {
        folder.Write("news/bruecke.txt", """
            Fehler in den Seilen der Brücke entdeckt
            Die Ingenieurin Anna Berg hat den Fehler in den Seilen der Brücke von Dunmore im vergangenen Frühjahr entdeckt, teilte der Gemeinderat am Montag mit.
            Die Brücke bleibt für Lastwagen gesperrt, bis die Reparatur abgeschlossen ist.
            """);
        folder.Write("news/cellar.txt", """
            Mould found in town hall cellar
            Biologist Karl Rainer discovered the mould in the town hall cellar, the city said on Monday.
            The archive in the cellar will stay closed until the work is finished.
            """);
    }

    /// <summary>The question's unwritten-word constraints ("Luchs"), as the engine's grounding builds them over this index.</summary>
    internal static List<string> UnwrittenWordsOf(EngineFixture engine, string question)
    {
        var statistics = engine.Services.GetRequiredService<ITermStatistics>();
        var expansions = engine.Services.GetServices<IQueryExpander>().SelectMany(e => e.Expand(question, "de")).ToList();
        var constraints = QuestionConstraints.From(question, "de", expansions, engine.Services.GetRequiredService<NameDetector>(), statistics);
        return constraints.Items.Where(c => c.Unknown).Select(c => c.Surface).ToList();
    }

    [Fact]
    public async Task A_noun_no_article_writes_in_either_language_is_abstained_on()
    {
        var answer = await Engine.AskAsync("Wer hat den Luchs entdeckt?");

        Assert.True(answer.Abstained, answer.Text);
        // Abstained because of the unwritten word, not only because "entdeckt" is a weak match.
        Assert.Contains("Luchs", UnwrittenWordsOf(Engine, "Wer hat den Luchs entdeckt?"));
    }

    [Fact]
    public async Task The_same_question_about_a_written_thing_is_answered()
    {
        var answer = await Engine.AskAsync("Wer hat den Fehler in den Seilen der Brücke entdeckt?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Anna Berg", answer.Text);
    }

    [Fact]
    public async Task A_noun_the_other_language_writes_as_its_translation_is_answered()
    {
        var answer = await Engine.AskAsync("Wer hat den Schimmel entdeckt?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/cellar", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task An_unwritten_noun_beside_a_detail_the_article_shows_is_the_askers_description()
    {
        var answer = await Engine.AskAsync("Wer hat als Detektivin den Fehler an der Brücke von Dunmore entdeckt?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Anna Berg", answer.Text);
    }
}

/// <summary>
/// The "must not" side of <see cref="UnwrittenWordTests"/>: an index too small for its vocabulary to count (the same two
/// articles without the filler) does not say by lacking "Luchs" that it has nothing on the lynx.
/// </summary>
public sealed class UnwrittenWordSmallIndexTests : InventedArticlesTest
{
    public UnwrittenWordSmallIndexTests() : base(UnwrittenWordTests.EnglishGerman, UnwrittenWordTests.GermanEnglish)
    {
        UnwrittenWordTests.WriteArticles(Folder);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
        var passages = Engine.Services.GetRequiredService<ITermStatistics>().PassageCountIn("de");
        Assert.True(passages < QuestionConstraints.MinPassagesOfVocabulary, $"{passages} German passages");
    }

    [Fact]
    public void A_small_index_lacking_a_dictionary_noun_does_not_make_it_a_constraint()
    {
        Assert.DoesNotContain("Luchs", UnwrittenWordTests.UnwrittenWordsOf(Engine, "Wer hat den Luchs entdeckt?"));
    }

    [Fact]
    public async Task A_small_index_answers_the_question_its_large_counterpart_abstains_on()
    {
        var answer = await Engine.AskAsync("Wer hat den Luchs entdeckt?");
        Assert.False(answer.Abstained, answer.Text);
    }
}
