using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How old is X?" (issue 10, abstention): an article about the person that states no age — only the firm's sales, a
/// year — is no answer; a sentence that states the age in any of the ways news writes it is.
/// </summary>
public sealed class AskedAgeTests : InventedArticlesTest
{
    public AskedAgeTests()
    {
        Folder.Write("news/ferries.txt", """
            Nordlink Ferries loses passengers
            Nordlink Ferries chief executive Marit Solberg said sales fell 6% in 2023 to 412m euros.
            The operator blamed cheap flights between Bergen and Aberdeen for the drop in passengers.
            """);
        Folder.Write("news/chor.txt", """
            Neue Leiterin für den Lindauer Stadtchor
            Die Dirigentin Henrike Vollmer (58) übernimmt ab Herbst den Lindauer Stadtchor.
            Der Chor hat 2023 rund 40.000 Euro an Förderungen erhalten.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task An_age_question_over_an_article_that_states_no_age_is_abstained_on()
    {
        var answer = await Engine.AskAsync("How old is Nordlink Ferries boss Marit Solberg?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task An_age_written_after_the_name_answers_it()
    {
        var answer = await Engine.AskAsync("Wie alt ist die Dirigentin Henrike Vollmer?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("58", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("The 63-year-old left the board in March.")]
    [InlineData("Jon Aas, 47, was appointed on Monday.")]
    [InlineData("She died aged 81 at her home.")]
    [InlineData("Der 52-Jährige wurde festgenommen.")]
    [InlineData("Er ist im Alter von 75 Jahren gestorben.")]
    [InlineData("Mit 71 Jahren ist er der älteste Kandidat.")]
    [InlineData("At 39, Manning became the oldest quarterback to play in the final.")]
    [InlineData("The striker, at 19, is the youngest player in the squad.")]
    public void Ages_as_news_writes_them_are_read(string sentence) => Assert.True(AskedAge.IsStatedIn("How old is the coach?", sentence));

    [Theory]
    [InlineData("Sales fell 4% in 2004 to 789m euros.")]
    [InlineData("Der Umsatz stieg im Jahr 2023 auf 40 Millionen Euro.")]
    [InlineData("Shares closed at 14, down from 16 a week ago.")]
    public void Other_figures_are_no_person_s_age(string sentence) => Assert.False(AskedAge.IsStatedIn("Wie alt ist der Konzernchef?", sentence));

    [Theory]
    [InlineData("Wie alt sind die Münzen?", "Die Münzen wurden vor etwa 1.800 Jahren geprägt.")]
    [InlineData("How old is the bridge?", "The bridge was built in 1862 by the railway company.")]
    [InlineData("Wie alt sind die Scherben?", "Die rund 4000 Jahre alten Scherben lagen unter dem Acker.")]
    public void A_thing_s_age_is_also_told_by_when_it_began(string question, string sentence) => Assert.True(AskedAge.IsStatedIn(question, sentence));

    [Theory]
    [InlineData("How old is the club's new coach?", true)]
    [InlineData("Wie alt wurde der Schauspieler?", true)]
    [InlineData("How old was the building that burned down?", true)]
    [InlineData("How much did the firm's sales fall?", false)]
    public void Age_questions_are_recognised(string question, bool asked) => Assert.Equal(asked, AskedAge.IsAsked(question));
}
