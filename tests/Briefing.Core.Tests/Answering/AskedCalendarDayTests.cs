using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "An welchem Tag genau beginnt der GEN-Summit in Wien?" (issue 10, unanswerable detail; probe46-038) was answered with
/// "Mitte Juni findet die GEN-Summit … statt", "On what date will the appeal be heard?" with a weekday of the report: a
/// question for a day of a month (<c>AskedCalendarDay</c>) is answered only by sentences that write one
/// (<c>CalendarDays</c>), also when the answer is quoted in the other language. All articles are invented.
/// </summary>
public sealed class AskedCalendarDayTests : InventedArticlesTest
{
    public AskedCalendarDayTests()
    {
        Folder.Write("news/gipfel.txt", """
            Medienexperten treffen sich in Nordau
            Mitte Juni findet der Brunnfeld-Gipfel mit mehr als 600 Medienexperten in Nordau statt.
            Mit dabei ist der Spieleentwickler Karl Osterbrink.
            """);
        Folder.Write("news/wahl.txt", """
            Wahl in Vestland
            Am 11. Oktober findet in Vestland der Urnengang statt, dessen Gewinner bereits feststeht.
            Der Staatschef hat sechs inhaftierte Oppositionsführer begnadigt.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("On what date will the appeal be heard?", true)]
    [InlineData("By which date must the agenda be signed?", true)]
    [InlineData("An welchem Tag spielt die Band beim Festival?", true)]
    [InlineData("Ab welchem Datum gilt der neue Tarif?", true)]
    [InlineData("An welchem Tag im Juni beginnt das Festival?", true)]
    [InlineData("Welcher Tag ist für die Beschäftigten frei?", true)]
    [InlineData("When will the appeal be heard?", false)]
    [InlineData("An welchem Tag des Turniers schied er aus?", false)]
    [InlineData("An welchem Wochentag findet der Markt statt?", false)]
    public void A_question_for_a_day_of_a_month_is_told_from_a_plain_when(string question, bool asksDay)
    {
        Assert.Equal(asksDay, AskedCalendarDay.Of(question));
    }

    [Fact]
    public async Task A_season_is_no_answer_to_which_day()
    {
        var answer = await Engine.AskAsync("An welchem Tag genau beginnt der Brunnfeld-Gipfel der Medienexperten in Nordau?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_day_of_a_month_answers_which_day_also_across_languages()
    {
        var answer = await Engine.AskAsync("On what date is Vestland going to the polls?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("11. Oktober", answer.Text);
    }
}
