using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, questions that ask by how much something changed ("By how much did sales grow?", "Um wie viel Prozent legte der
/// Gewinn zu?"): a sentence whose change verb or noun governs a figure leads ("rose by 0.5%", "um 40 Minuten verbessert"),
/// not one that states only a level after "to" / "auf" or another noun's figure. Articles invented.
/// </summary>
public sealed class ChangeFiguresTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private Task<Answer> AskOver(string article, string question) => OneArticleQuestion.AskAsync(_folder, article, question);

    [Fact]
    public async Task The_change_governed_by_the_verb_leads_over_a_rate_of_another_span()
    {
        var answer = await AskOver("""
            Kornland retail sales edge up in January
            In the three months to January, like-for-like sales in Kornland showed a growth rate of -0.1%, the retail consortium said. Sales in January rose by 0.5% on a like-for-like basis, the consortium added. Shops had cut prices sharply after Christmas.
            """, "By how much did like-for-like sales in Kornland grow in January?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("0.5%", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_level_after_to_gives_way_to_the_change()
    {
        var answer = await AskOver("""
            Norbrau profits slide
            Brewer Norbrau saw annual pre-tax profits fall to 3.4bn kroner last year, as beer sales in Kornland stalled. Norbrau said its annual profits dropped 33% after a price war. The brewer will cut 200 jobs.
            """, "By how much did Norbrau's annual profits fall?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("33%", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Sales rose by 0.5% on a like-for-like basis.", "0.5")]
    [InlineData("Net profit surged 70% to 2.39bn rupees.", "70")]
    [InlineData("Shares in the firm were up 2.4% at $20.15.", "2.4")]
    [InlineData("Dabei stiegen die Verkäufe mit der Einführung um 74 Prozent.", "74")]
    [InlineData("Der Quartalsgewinn legte 2,1 Prozent zu.", "2.1")]
    [InlineData("Das war ein Plus von 280.000 Personen.", "280000")]
    [InlineData("Carlsberg suffered a 3% fall in profits.", "3")]
    public void A_figure_governed_by_a_change_word_is_a_change(string sentence, string figure) =>
        Assert.Contains(figure, ChangeFigures.Of(sentence));

    [Theory]
    // A level after "to" / "auf", a time of day after "um", a year after "by" are no change.
    [InlineData("Profits fell to 3.4bn kroner.")]
    [InlineData("Der Umsatz ist auf 43 Mrd. Euro gestiegen.")]
    [InlineData("Die Sitzung beginnt um 10 Uhr.")]
    [InlineData("Spending will grow by 2011.")]
    [InlineData("The firm employs 4,000 people.")]
    // What a verb gives or takes, not by how much something changed.
    [InlineData("Im Vorjahr gab es 500 Unfälle.")]
    [InlineData("Der Verkauf brachte 43 Mrd. Euro.")]
    [InlineData("The charity set up 20 schools.")]
    [InlineData("The brewer will cut 200 jobs.")]
    public void A_level_a_time_or_another_figure_is_no_change(string sentence) =>
        Assert.Empty(ChangeFigures.Of(sentence));

    [Theory]
    [InlineData("By how much did Germany's exports grow in 2004?", true)]
    [InlineData("Um wie viel Prozent legte der Quartalsgewinn zu?", true)]
    [InlineData("How much did the firm's shares fall on Monday?", true)]
    // The level reached, a count the verb's own "um" governs, and a sum are not asked changes.
    [InlineData("Auf wie viel ist der Umsatz gestiegen?", false)]
    [InlineData("Um wie viele Flüchtlinge kümmert sich Italien im Moment?", false)]
    [InlineData("How much did the club pay for the striker?", false)]
    [InlineData("How much did the firm manage to cut in costs in 2004?", false)]
    public void A_question_asks_a_change_by_how_much_or_a_change_verb(string question, bool asked) =>
        Assert.Equal(asked, AskedChange.IsAsked(question));

    public void Dispose() => _folder.Dispose();
}
