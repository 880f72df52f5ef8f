using Briefing.Core.Answering;
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

    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Theory]
    [InlineData("Hier lebten vor Jahrtausenden schon Menschen.", "de", "vor jahrtausenden")]
    [InlineData("Die Brücke wurde vor gut einem Jahrhundert gebaut.", "de", "vor gut einem jahrhundert")]
    [InlineData("Die Brücke wurde vor mehr als einem Jahrhundert gebaut.", "de", "vor mehr als einem jahrhundert")]
    [InlineData("The bridge was built half a century ago.", "en", "half a century ago")]
    public void A_distance_back_in_time_is_a_date(string sentence, string language, string key)
    {
        Assert.Contains(key, AnswerCandidates.Of(sentence, AnswerType.Date, language, Names));
    }

    /// <summary>"vor einem Jahr" is mostly counted from the report's day: it dates nothing of its own.</summary>
    [Fact]
    public void A_year_ago_in_German_is_no_date()
    {
        Assert.DoesNotContain(AnswerCandidates.Of("Die Brücke wurde vor einem Jahr eröffnet.", AnswerType.Date, "de", Names), key => key.Contains("jahr"));
    }
}
