using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Whether a candidate's figure fits the asked fact (issue 10, unanswerable questions answered): a figure of roughly the
/// asked type that answers another question — a rank for a count of jobs, a count of jets for how long they stay — is no
/// answer, and the question is abstained on.
/// </summary>
public sealed class CandidateFitTests : InventedArticlesTest
{
    public CandidateFitTests()
    {
        Folder.Write("news/jets.txt", """
            Stealth-Jagdflugzeuge besuchen Litauen und Rumänien
            Im Rahmen der Nato-Aufrüstung in Osteuropa bleiben die beiden F-22-Kampfjets der US-Streitkräfte in Litauen stationiert, zwei weitere in Rumänien.
            Die Flugzeuge landeten am Montag auf dem Luftwaffenstützpunkt Mihail Kogalniceanu, am Mittwoch kamen sie auf dem litauischen Flugplatz Siauliai an.
            Die F-22 Raptor gilt mit einem Stückpreis von 189 Millionen Dollar als das teuerste Jagdflugzeug der Welt.
            Eine Sprecherin erklärte, mit der Stationierung wolle man eine stärkere Präsenz an der Nato-Ostgrenze erreichen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task How_long_is_not_answered_by_a_sentence_that_states_no_length_of_time()
    {
        var answer = await Engine.AskAsync("Wie lange bleiben die beiden F-22-Kampfjets in Litauen stationiert?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Theory]
    [InlineData("Vodafone KK, Japan's number three mobile operator, lost customers.", "three", true)]
    [InlineData("Der Sender bleibt Nummer 1 im Land.", "1", true)]
    [InlineData("Even so the title debuted at No 3 in the UK charts.", "3", true)]
    [InlineData("Der Verein liegt auf Platz 4 der Tabelle.", "4", true)]
    [InlineData("Vodafone will cut three hundred jobs.", "three", false)]
    [InlineData("There were no 3 of them alike.", "3", false)]
    [InlineData("The attack took place 3 km from the border.", "3", false)]
    public void A_figure_after_number_is_a_rank(string text, string figure, bool rank) =>
        Assert.Equal(rank, RankPhrases.IsRankNumber(text, text.IndexOf(figure, StringComparison.Ordinal)));
}
