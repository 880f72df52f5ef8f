using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A figure that was expected, planned or aimed at is not the figure that was reached (issue 10, how-much questions):
/// "… is expected to rise to about $55bn for 2004" does not say how big the surplus was in 2004, and "soll bis 2020 …
/// brauen" not how much was brewed in 2020. A question that asks the forecast itself is answered by it.
/// </summary>
public sealed class ForecastFigureTests : InventedArticlesTest
{
    public ForecastFigureTests()
    {
        Folder.Write("news/surplus.txt", """
            Norland surplus with Vemia grows
            Norland's trade surplus with Vemia was $42bn in 2003, and is expected to rise to about $55bn for 2004.
            Exporters of timber and copper led the growth, the Norland trade office said.
            """);
        Folder.Write("news/brauerei.txt", """
            Brauerei Hallstein baut aus
            Die Brauerei Hallstein im Mühlviertel investiert in ein neues Sudhaus.
            Bis 2020 soll die Brauerei Hallstein rund 300.000 Hektoliter Bier im Jahr brauen.
            Derzeit arbeiten dort 80 Menschen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("How big was Norland's trade surplus with Vemia in 2004?")]
    [InlineData("Wie viel Bier hat die Brauerei Hallstein 2020 gebraut?")]
    public async Task A_forecast_for_the_year_does_not_answer_what_was_reached(string question)
    {
        var answer = await Engine.AskAsync(question);

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_question_for_the_forecast_is_answered_by_it()
    {
        var answer = await Engine.AskAsync("How big is Norland's trade surplus with Vemia expected to be in 2004?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("$55bn", answer.Text);
    }

    [Theory]
    [InlineData("How big was the trade surplus in 2004?", "en", true)]
    [InlineData("How much did the firm pay for the plant?", "en", true)]
    [InlineData("Wie hoch war das Defizit 2004?", "de", true)]
    [InlineData("Wie viele Titel hat Roger Federer 2004 geholt?", "de", true)]
    [InlineData("Auf wie viel sind die Exporte 2004 gestiegen?", "de", true)]
    [InlineData("How much is the surplus expected to be in 2004?", "en", false)]
    [InlineData("Wie viele Besucher wurden erwartet?", "de", false)]
    [InlineData("Wie viel soll das neue Stadion kosten?", "de", false)]
    [InlineData("Wie viele Kinder haben Anspruch auf Leistungen?", "de", false)]
    public void A_past_question_without_a_word_of_expectation_asks_what_happened(string question, string language, bool actual) =>
        Assert.Equal(actual, AskedOutlook.AsksActual(question, language));

    [Theory]
    [InlineData("Was muss der Flüchtling an Strafe zahlen?")]
    [InlineData("Was mussten die Journalisten zahlen, die festgenommen worden waren?")]
    [InlineData("Was bekommt die Moderatorin an Gage dafür, dass sie die Sendung übernimmt?")]
    public void A_what_question_with_a_verb_or_noun_of_payment_asks_a_sum(string question) =>
        Assert.Equal(AskedUnit.Measure.Money, AskedUnit.Of(question)?.Kind);

    [Fact]
    public void The_noun_Zahlen_asks_no_sum() =>
        Assert.Null(AskedUnit.Of("Was sagen die Zahlen über den Umsatz?"));
}
