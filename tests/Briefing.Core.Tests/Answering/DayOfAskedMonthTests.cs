using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "An welchem Tag wurden in Österreich im September die meisten durchreisenden Flüchtlinge gezählt?" (issue 10, false
/// abstention; probe64-030) over "… war der 14. September": a when-question that names a month asks for a day within it,
/// so the day of that month is a new date though the month is the question's own (<c>DayOfAskedMonth</c>), also when the
/// question is English and the article German. A sentence giving only the asked month still gives no day. All articles
/// are invented.
/// </summary>
public sealed class DayOfAskedMonthTests : InventedArticlesTest
{
    public DayOfAskedMonthTests()
    {
        Folder.Write("news/faehre.txt", """
            Rekord auf der Nordauer Fähre
            Die Nordauer Fähre hat im September so viele Fahrgäste befördert wie nie zuvor.
            Der Tag, an dem die meisten Fahrgäste mit der Nordauer Fähre übersetzten, war der 12. September.
            Die Betreiber wollen im nächsten Jahr ein zweites Schiff einsetzen.
            """);
        Folder.Write("news/markt.txt", """
            Brunnfelder Kürbismarkt
            Der Brunnfelder Kürbismarkt findet heuer im November statt.
            Die Veranstalter erwarten mehr als 4000 Besucher aus der ganzen Region.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("An welchem Tag im September beförderte die Nordauer Fähre die meisten Fahrgäste?")]
    [InlineData("On which day in September did the most passengers cross with the Nordau ferry?")]
    public async Task A_day_of_the_asked_month_answers_which_day(string question)
    {
        var answer = await Engine.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("12. September", answer.Text);
    }

    [Theory]
    [InlineData("märz", 3)]
    [InlineData("march", 3)]
    [InlineData("jänner", 1)]
    [InlineData("januar", 1)]
    [InlineData("februar", 2)]
    [InlineData("dezember", 12)]
    [InlineData("2015", 0)]
    public void A_month_is_one_in_either_language(string dateWord, int month)
    {
        Assert.Equal(month == 0 ? [] : new[] { month }, DayOfAskedMonth.Framing(new HashSet<string> { dateWord }));
    }

    [Fact]
    public async Task The_asked_month_alone_gives_no_day()
    {
        var answer = await Engine.AskAsync("An welchem Tag im November findet der Brunnfelder Kürbismarkt statt?");

        Assert.DoesNotContain("im November statt", answer.Abstained ? "" : answer.Text);
    }

    /// <summary>
    /// What DayOfAskedMonth.In leaves out, by value: a day of another month, the question's own day (also written the
    /// other language's way), nothing without an asked month; "4. September" is not the question's "14. September".
    /// </summary>
    [Theory]
    [InlineData("Die Fähre fuhr am 3. Oktober.", "An welchem Tag im September fuhr die Fähre?", "")]
    [InlineData("Die Fähre fuhr am 14. September.", "Fuhr die Fähre im September am 14. September?", "")]
    [InlineData("Die Fähre fuhr am 4. September.", "Fuhr die Fähre im September am 14. September?", "4. september")]
    [InlineData("The ferry sailed on September 14.", "Fuhr die Fähre im September am 14. September?", "")]
    [InlineData("Die Fähre fuhr am 1. September.", "Fuhr die Fähre am 11. September oder später?", "1. september")]
    public void Only_a_new_day_of_the_asked_month_is_added(string sentence, string question, string expected)
    {
        var days = DayOfAskedMonth.In(sentence, new HashSet<int> { 9 }, question).ToList();

        Assert.Equal(expected.Length == 0 ? [] : new[] { expected }, days);
    }

    [Fact]
    public void A_question_without_a_month_adds_no_day()
    {
        Assert.Empty(DayOfAskedMonth.In("Die Fähre fuhr am 14. September.", new HashSet<int>(), "An welchem Tag fuhr die Fähre?"));
    }
}
