using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A plain when-question over an article whose lede names a year of something else: the sentence that dates what is
/// asked to a day of a month answers (<see cref="Briefing.Core.Answering.CalendarDays"/>). Fixture article, invented.
/// </summary>
public sealed class DayOfMonthAnswerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private Task<Briefing.Core.Answering.Answer> AskOver(string article, string question) => OneArticleQuestion.AskAsync(_folder, article, question);

    [Fact]
    public async Task The_day_of_the_presentation_answers_when_a_game_is_shown()
    {
        var answer = await AskOver("""
            Erster Trailer zu Rise of the Star Runner
            Nach 2015 könnte Rise of the Star Runner auch auf anderen Systemen in den Handel kommen. Der Verlag Nordlicht hat einen ersten Trailer veröffentlicht. Die offizielle Vorstellung soll am 15. Juni im Zuge der Branchenmesse Nordcon stattfinden. Das Spiel erscheint zunächst für eine Konsole.
            """, "Wann wird Rise of the Star Runner auf der Nordcon offiziell gezeigt?");

        Assert.False(answer.Abstained);
        Assert.Contains("15. Juni", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
