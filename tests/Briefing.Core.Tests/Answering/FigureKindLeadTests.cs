using Briefing.Core.Answering;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, how-much and how-many questions: the figure of the asked kind leads, not another figure of the article —
/// a figure per the asked period before a total over several years, a count or a sum before a length of time, and
/// "mehr als 2000" is a quantity, not a year. Articles invented.
/// </summary>
public sealed class FigureKindLeadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private Task<Answer> AskOver(string article, string question) => OneArticleQuestion.AskAsync(_folder, article, question);

    [Fact]
    public async Task A_figure_per_year_answers_how_much_each_year()
    {
        var answer = await AskOver("""
            Norland to close seven consulates
            The Norland foreign ministry will close seven consulates abroad, minister Hal Brandt has announced. Closing the seven consulates is part of a plan by the foreign ministry to save £90m between 2005 and 2008. Mr Brandt said the move would save £5m a year. Staff unions criticised the plan.
            """, "How much will the Norland foreign ministry save each year by closing the seven consulates?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("£5m a year", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_figure_pro_Jahr_answers_wie_viel_jaehrlich()
    {
        var answer = await AskOver("""
            Waldbericht: Vemia verliert am meisten Wald
            Die Erde hat laut dem neuen Waldbericht im Jahr 2014 rund 18 Millionen Hektar Wald verloren. Am stärksten betroffen ist Vemia mit einem gemeldeten Verlust von 900.000 Hektar pro Jahr seit 2010. Die Autoren des Waldberichts fordern mehr Schutzgebiete.
            """, "Wie viel Wald verliert Vemia laut dem Waldbericht jährlich?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("900.000 Hektar", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_length_of_time_does_not_answer_how_big_the_team_is()
    {
        var answer = await AskOver("""
            Horror game Nightfall Manor shows first demo
            The team making the horror game Nightfall Manor has released a 14-minute demo of the game. It now consists of 6 people working in Leeds. The game is due out next year.
            """, "How big is the team making the horror game Nightfall Manor?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("6 people", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_length_of_time_does_not_answer_what_a_fine_was()
    {
        var answer = await AskOver("""
            Geldstrafe für Flüchtling auf Morsholm
            Laut dem Sender KNR war der Flüchtling Aram Tahiri mit seiner Tochter zwei Jahre lang in einem Lager auf Morsholm festgehalten worden. Ein Gericht verhängte nun eine Strafe von 300 Euro gegen den Flüchtling.
            """, "Was muss der Flüchtling auf Morsholm an Strafe zahlen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("300 Euro", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_figure_counting_the_judges_gives_way_to_the_count_of_the_books_asked()
    {
        var answer = await AskOver("""
            Lanford Prize names its shortlist
            The Lanford Prize has named the shortlist from the books entered this year. The 12 judges discussed the books entered for the Lanford Prize for weeks, organisers said. In all, 214 books were submitted by publishers.
            """, "How many books were entered for the Lanford Prize this year?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("214 books", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_figure_counting_die_Techniker_gives_way_to_the_count_of_the_Router_asked()
    {
        var answer = await AskOver("""
            Angriff auf Router in Velden
            Unbekannte haben in Velden Router der Stadtwerke angegriffen. Die 3 Techniker der Stadtwerke untersuchten die in Velden angegriffenen Router noch am selben Tag. Insgesamt waren 1.800 Router betroffen, sagte ein Sprecher.
            """, "Wie viele Router wurden in Velden angegriffen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("1.800 Router", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Der Polizei zufolge nahmen mehr als 2000 Menschen teil.", "de", "2000")]
    [InlineData("Some 1900 workers lost their jobs.", "en", "1900")]
    public void A_year_like_figure_after_a_word_of_approximation_is_a_quantity(string sentence, string language, string figure) =>
        Assert.Contains(figure, AnswerCandidates.Of(sentence, AnswerType.Number, language, new NameDetector(new WordTermStatistics(), [])));

    [Theory]
    [InlineData("How much will the ministry save each year?", "Year")]
    [InlineData("Wie viel Wald verliert Brasilien jährlich?", "Year")]
    [InlineData("Wie viele Besucher kommen pro Tag?", "Day")]
    [InlineData("Wie viel Diesel wurde im Jahr 2013 verkauft?", null)]
    public void The_asked_period_is_read_in_both_languages(string question, string? period) =>
        Assert.Equal(period, AskedPeriod.Of(question)?.ToString());

    public void Dispose() => _folder.Dispose();
}
