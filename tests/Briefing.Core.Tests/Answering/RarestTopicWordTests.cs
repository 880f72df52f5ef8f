using System.Text;
using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The rarest word of what a question asks about (<see cref="AskedTopic.KeyWord"/>), when no article of a large index
/// writes it, must be shown by the article that answers: "Wann soll an der Grenze beim neuen Basistunnel endlich kontrolliert
/// werden?" is not answered from an article about border checks, which shows the commoner topic word "Grenze" and the
/// verb (the share check passes: a council article writes "Grenze", "Basis" and "Tunnel"), so no other gate abstains, but not "Basistunnel" (issue
/// 10, unanswerable probes of a topic no article covers). A rare noun besides it ("Kontrollen", one article) would be a
/// detail of its own and lift the check; with fewer than three other content words the unwritten compound is a detail
/// itself (<see cref="QuestionConstraints"/>' unwritten words) and that check abstains first. The existing unwritten-word constraint leaves the compound to the
/// article's wording (its parts are written, and the question has other specific words). Beside a name the word is the
/// asker's description, and the article answers.
/// </summary>
public sealed class RarestTopicWordTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        border /ˈbɔːdə/
        Grenze <fem>
        """;

    private const string GermanEnglish = """
        Grenze /ˈɡʁɛntsə/ <fem, n, sg>
        border <n>
        ---
        Basistunnel /ˈbaːzɪsˌtʊnl̩/ <masc, n, sg>
        base tunnel <n>
        """;

    /// <summary>Passages of everyday council news, enough for the index's German vocabulary to count; some name a border.</summary>
    private const int FillerFiles = 22;
    private const int FillerParagraphs = 100;
    private const int BorderEvery = 25;

    public RarestTopicWordTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/kontrollen.txt", """
            Kontrollen an der Grenze am Semmering
            Die Grenze am Semmering soll ab Ende Mai kontrolliert werden, teilte das Innenministerium am Montag mit.
            """);
        for (var file = 0; file < FillerFiles; file++)
        {
            var text = new StringBuilder($"Aus dem Gemeinderat {file}\n");
            for (var paragraph = 0; paragraph < FillerParagraphs; paragraph++)
                text.Append($"\nDer Gemeinderat des Bezirks traf sich zur Sitzung {file * FillerParagraphs + paragraph}, um das Budget "
                    + (paragraph % BorderEvery) switch { 0 => "der Gemeinden an der Grenze", 1 => "für die Basis der Partei", 2 => "für den Tunnel", _ => "für die Schulen" } + " zu beraten; die Pläne sollen nach der Sommerpause veröffentlicht werden.\n");
            Folder.Write($"news/gemeinderat-{file}.txt", text.ToString());
        }
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
        // The filler must open the size gate, or the tests below pass without the rarest-word check.
        var passages = Engine.Services.GetRequiredService<ITermStatistics>().PassageCountIn("de");
        Assert.True(passages >= QuestionConstraints.MinPassagesOfVocabulary, $"{passages} German passages");
    }

    [Fact]
    public async Task An_article_with_the_commoner_topic_word_only_does_not_answer()
    {
        var answer = await Engine.Answers.AskAsync(new AskRequest("Wann soll an der Grenze beim neuen Basistunnel endlich kontrolliert werden?") { Trace = true }, CancellationToken.None);

        Assert.True(answer.Abstained, string.Join('\n', [answer.Text, .. answer.Trace]));
        Assert.Empty(answer.Citations);
        // This check abstains, not another gate: without it the article answers "ab Ende Mai".
        Assert.Contains(answer.Trace, line => line.Contains("rarest word", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Beside_a_name_the_article_shows_the_unwritten_word_is_a_description()
    {
        var answer = await Engine.AskAsync("Wann soll an der Grenze am Semmering beim neuen Basistunnel endlich kontrolliert werden?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Mai", answer.Text);
    }
}
