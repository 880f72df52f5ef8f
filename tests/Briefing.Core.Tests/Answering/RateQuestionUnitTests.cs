using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A rate question's unit is a percentage: "Wie hoch ist die Arbeitslosenquote …?" is answered by "bei 6,7 Prozent",
/// which counts no "Quoten"; read as a counted noun, the answer abstained (issue 10, false abstentions).
/// </summary>
public sealed class RateQuestionUnitTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        unemployment /ˌʌnɪmplˈɔɪmənt/
        Arbeitslosigkeit <fem>
        """;

    private const string GermanEnglish = """
        Arbeitslosenquote /ˈaʁbaɪ̯tsloːzn̩ˌkvoːtə/ <fem>
        unemployment rate, jobless rate
        ---
        Arbeitslosigkeit /ˈaʁbaɪ̯tsloːzɪçkaɪ̯t/ <fem>
        unemployment
        """;

    public RateQuestionUnitTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/arbeit.txt", """
            Zuwanderer aus Bosnien am Arbeitsmarkt
            Die Bosnier in Österreich haben häufiger einen Job als andere Zuwanderer.
            So liegt die Arbeitslosigkeit unter Bosniern in Österreich bei 6,7 Prozent, bei anderen Gruppen sind es mehr als 15 Prozent.
            Viele arbeiten im Handwerk.
            """);
        Folder.Write("news/jobs.txt", """
            Migrants in the Varnian labour market
            Workers from Lindavia are more often employed than other migrants in Varnia.
            Among Lindavians in Varnia the jobless share stands at 6.7 per cent, against more than 15 per cent for other groups.
            Many of them work in trades.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wie hoch ist die Arbeitslosenquote der Bosnier in Österreich?")]
    [InlineData("How high is the unemployment rate of Lindavians in Varnia?")]
    [InlineData("Wie hoch war die Inflationsrate im Mai?")]
    public void A_rate_is_measured_as_a_percentage(string question) =>
        Assert.Equal(AskedUnit.Measure.Percent, AskedUnit.Of(question)?.Kind);

    [Fact]
    public async Task A_german_rate_is_answered_by_its_percentage()
    {
        var answer = await Engine.AskAsync("Wie hoch ist die Arbeitslosenquote der Bosnier in Österreich?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("6,7 Prozent", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task An_english_rate_is_answered_by_its_percentage()
    {
        var answer = await Engine.AskAsync("How high is the unemployment rate of Lindavians in Varnia?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("6.7 per cent", answer.Citations[0].Quote);
    }
}
