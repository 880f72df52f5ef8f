using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wann ist die Geige laut den US-Forschern aus ihren Vorläufern entstanden?" (issue 10, false abstention; probe52-038)
/// over "… die sich erst vor einem halben Jahrtausend aus ihren Vorläufern entwickelt …": a distance back in time of one
/// (or half a) decade, century or millennium dates a fact as "vor 200 Jahren" does. All articles are invented.
/// </summary>
public sealed class DistanceBackInTimeTests : InventedArticlesTest
{
    public DistanceBackInTimeTests()
    {
        Folder.Write("news/harfe.txt", """
            Die Herkunft der Nordauer Harfe
            Forscher aus Brunnfeld zeigen, dass sich die Nordauer Harfe erst vor einem halben Jahrtausend aus ihren Vorläufern entwickelt hat.
            Heute spielen sie Musiker auf allen Kontinenten.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Half_a_millennium_ago_dates_the_fact()
    {
        var answer = await Engine.AskAsync("Wann hat sich die Nordauer Harfe laut den Brunnfelder Forschern aus ihren Vorläufern entwickelt?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("vor einem halben Jahrtausend", answer.Text);
    }
}
