using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Was hat der Bahnhof gekostet?", "Was hätte der Tunnel gekostet?", "What did the operator take in sales?": a sum of
/// money asked through the verb in the perfect tense or the revenue idiom, as "Was kostet …?" is. Read as no type, the
/// sentence restating the question led, not the one with the sum (issue 10, wrong sentence).
/// </summary>
public sealed class CostInAnyTenseTests : InventedArticlesTest
{
    public CostInAnyTenseTests()
    {
        Folder.Write("news/bahnhof.txt", """
            Neuer Bahnhof in Lindach eröffnet
            In Lindach ist am Samstag der neue Bahnhof eröffnet worden, Bürgermeisterin Eva Roth durchschnitt das Band vor der neuen Bahnhofshalle. Die Bauarbeiten am Bahnhof in Lindach dauerten drei Jahre und waren mehrmals unterbrochen. Der Neubau war mit 120 Millionen Euro veranschlagt worden, rund ein Drittel trug das Land.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Was hat der neue Bahnhof gekostet?")]
    [InlineData("Was hätte der Tunnel nach Rechnung der Stadt gekostet?")]
    [InlineData("What did the ferry operator take in sales last year?")]
    [InlineData("What did the chain rake in revenue over Christmas?")]
    public void Cost_or_revenue_in_any_tense_asks_a_figure(string question) =>
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));

    [Theory]
    [InlineData("What did the burglars take in the raid?")]
    [InlineData("Was hat der Bürgermeister gesagt?")]
    public void Other_what_questions_ask_no_figure(string question) =>
        Assert.NotEqual(AnswerType.Number, ExpectedAnswerType.Of(question));

    [Fact]
    public async Task The_sum_answers_what_the_station_cost()
    {
        var answer = await Engine.AskAsync("Was hat der neue Bahnhof in Lindach gekostet?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("120 Millionen Euro", answer.Citations[0].Quote);
    }
}
