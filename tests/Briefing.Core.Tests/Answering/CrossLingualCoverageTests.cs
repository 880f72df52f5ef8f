using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A German question about an English-only report: the English article covers the whole question through
/// translations (pay rise, tube, workers, demand), a German article only shares the typed name ("Buenos Aires").
/// The typed name must not win on its own: coverage of the question decides.
/// </summary>
public sealed class CrossLingualCoverageTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        pay rise /pˈeɪ ɹˈaɪz/
        Lohnerhöhung <fem>
        ---
        tube /tjˈuːb/
        U-Bahn <fem>
        ---
        worker /wˈɜːkə/
        Arbeiter <masc>
        """;

    private const string GermanEnglish = """
        Lohnerhöhung /loːnɛɐhøːʊŋ/ <fem>
        pay rise, wage increase
        ---
        U-Bahn /uːbaːn/ <fem>
        underground, tube, subway
        ---
        Arbeiter /aʁbaɪtɐ/ <masc>
        worker
        ---
        fordern /fɔʁdɐn/ <v>
        demand
        """;

    public CrossLingualCoverageTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/tube.txt", """
            Buenos Aires tube strike enters second day
            Workers on the Buenos Aires underground are demanding a 53% pay rise from the operator.
            The tube workers say inflation has eaten their wages.
            Commuters crowded onto buses across the city.
            """);
        Folder.Write("news/derby.txt", """
            Boca Juniors gewinnt das Derby in Buenos Aires
            Boca Juniors hat das Stadtderby in Buenos Aires mit 2:1 gewonnen.
            Die Fans feierten bis in die Nacht im Stadion La Bombonera.
            Der Trainer lobte die Mannschaft für ihre Geduld.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_report_that_covers_the_question_beats_one_that_shares_only_the_name()
    {
        var answer = await Engine.AskAsync("Welche Lohnerhöhung fordern die U-Bahn-Arbeiter in Buenos Aires?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("53%", answer.Citations[0].Quote);
    }
}
