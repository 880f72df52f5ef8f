using System.Text;
using Briefing.Core.Tests.Support;

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
    private const string EnglishGerman = """
        mould /məʊld/
        Schimmel <masc>
        ---
        discover /dɪˈskʌvə/
        entdecken <v>
        """;

    private const string GermanEnglish = """
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
        Folder.Write("news/bruecke.txt", """
            Fehler in den Seilen der Brücke entdeckt
            Die Ingenieurin Anna Berg hat den Fehler in den Seilen der Brücke von Dunmore im vergangenen Frühjahr entdeckt, teilte der Gemeinderat am Montag mit.
            Die Brücke bleibt für Lastwagen gesperrt, bis die Reparatur abgeschlossen ist.
            """);
        Folder.Write("news/cellar.txt", """
            Mould found in town hall cellar
            Biologist Karl Rainer discovered the mould in the town hall cellar, the city said on Monday.
            The archive in the cellar will stay closed until the work is finished.
            """);
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
    }

    [Fact]
    public async Task A_noun_no_article_writes_in_either_language_is_abstained_on()
    {
        var answer = await Engine.AskAsync("Wer hat den Luchs entdeckt?");

        Assert.True(answer.Abstained, answer.Text);
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
