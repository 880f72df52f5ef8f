using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A question about a year whose answer is in a sentence that names no year of its own (issue 10): the article's lede
/// dates the report ("after reporting weak earnings for 2019", "in der Saison 2025/26"), so its later sentences answer
/// for that year ("It blamed the weak results on ...", "Eröffnet wird die Spielzeit am 12. September"). Fixture
/// articles, invented.
/// </summary>
public sealed class LedeDatedLeadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_cause_after_a_lede_dating_the_results_answers_why_for_that_year()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/marlow.txt", """
            Marlow Foods cuts jobs as profit slips
            Frozen pie maker Marlow Foods is to cut 300 jobs after reporting weak earnings for 2019. Marlow, which owns the Crustwell brand, said annual profit fell 20% to £12m. It blamed the weak results on a warm winter and higher flour prices. Shares fell 3% in London.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Why did Marlow Foods say its 2019 profits were so weak?");

        Assert.False(answer.Abstained);
        Assert.Contains("warm winter", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_date_after_a_lede_naming_the_season_answers_when_it_starts()
    {
        using var engine = new EngineFixture(_folder);
        _folder.Write("news/theater.txt", """
            Stadttheater Lindau setzt auf Komödien
            Lindau – Das Stadttheater Lindau setzt in der Saison 2025/26 einen Schwerpunkt auf Komödien: Auf die große Bühne kommen drei Klassiker und eine Uraufführung. Eröffnet wird die Spielzeit am 12. September mit Molières Der Geizige, wie Intendantin Eva Roth bei der Präsentation sagte. Im Studio sind Lesungen zu sehen.
            """);
        await engine.IngestAsync(_folder.Combine("news"));

        var answer = await engine.AskAsync("Wann startet das Stadttheater Lindau in die Saison 2025/26?");

        Assert.False(answer.Abstained);
        Assert.Contains("12. September", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
