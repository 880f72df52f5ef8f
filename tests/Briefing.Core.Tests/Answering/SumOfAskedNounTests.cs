using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, how-much questions that ask a sum by its own noun ("Wie viel Umsatz …?", "How much operating profit …?"): the
/// sum that noun governs in its clause leads ("Der Jahresumsatz liege bei 43 Mrd. Euro"), not another noun's sum of the
/// same topic ("pro Jahr 15 Milliarden Euro an Steuern", "sales … rose to 39.4bn kronor"). Articles invented.
/// </summary>
public sealed class SumOfAskedNounTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private Task<Answer> AskOver(string article, string question) => OneArticleQuestion.AskAsync(_folder, article, question);

    [Fact]
    public async Task The_sum_of_the_asked_noun_leads_over_another_nouns_sum_per_year()
    {
        var answer = await AskOver("""
            Studie: Umsatz und Jobs der Autobranche in Kornland
            Die Autobranche in Kornland sichere rund 450.000 Jobs und führe pro Jahr 15 Milliarden Euro an Steuern ab, sagte der Branchensprecher Paul Weiss. Der Jahresumsatz liege bei 43 Mrd. Euro. Die Branche forscht vor allem an Motoren.
            """, "Wie viel Umsatz macht die Autobranche in Kornland im Jahr?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("43 Mrd. Euro", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_asked_profit_leads_over_the_sales_figure()
    {
        var answer = await AskOver("""
            Norcom posts higher profits
            Telecoms firm Norcom remained optimistic about its earnings outlook after sales in the fourth quarter rose 9% to 39.4bn kronor. Operating profit in the three months to 31 December was 9.5bn kronor against 6.3bn kronor a year earlier. Norcom shares fell 3% in early trading.
            """, "How much operating profit did Norcom make in the fourth quarter?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("9.5bn kronor", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_word_that_only_ends_like_the_asked_noun_governs_no_sum()
    {
        // English closes no compounds: "current" is no "rent", so the current deal's sum does not lead.
        var answer = await AskOver("""
            Rovers agree new stadium lease
            Under the current deal Rovers will pay the council £3m for the stadium, the club said. The rent is set at £450,000. Fans welcomed the agreement.
            """, "How much rent will Rovers pay to the council?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("£450,000", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Der Jahresumsatz liege bei 43 Mrd. Euro.", true)]
    [InlineData("Das Unternehmen (Jahresumsatz 75,7 Millionen Euro) wollte Kosten sparen.", true)]
    // Another noun governs the sum: a tax on turnover is no turnover, and a sum in another clause is another noun's.
    [InlineData("Die Umsatzsteuer brachte 15 Milliarden Euro ein.", false)]
    [InlineData("Der Umsatz stieg deutlich, die Steuern betrugen 15 Milliarden Euro.", false)]
    public void A_sum_counts_only_in_the_clause_of_the_asked_noun_or_its_compound_head(string sentence, bool stated)
    {
        static bool IsUmsatz(string word) => word.EndsWith("umsatz", StringComparison.OrdinalIgnoreCase);

        Assert.Equal(stated, SumOfAskedNoun.IsStatedIn(sentence, IsUmsatz));
    }

    [Theory]
    [InlineData("Der Jahresumsatz liege bei 43 Mrd. Euro.", true)]
    [InlineData("Die Firma zahlte jährliche Anleihezinsen von rund acht Millionen Euro.", true)]
    // "Jahresende" dates a figure, it is no turnover per year; a turnover with no figure in its clause states none.
    [InlineData("Zum Jahresende lag der Umsatz bei 43 Mrd. Euro.", false)]
    [InlineData("Der Jahresumsatz stieg, der Gewinn lag bei 3 Mrd. Euro.", false)]
    // The asked noun's change is no sum of it.
    [InlineData("Der Jahresumsatz stieg um 9 Prozent.", false)]
    public void A_period_on_the_asked_noun_states_the_figure_per_period(string sentence, bool stated)
    {
        static bool IsAsked(string word) => word.EndsWith("umsatz", StringComparison.OrdinalIgnoreCase) || word.EndsWith("zinsen", StringComparison.OrdinalIgnoreCase);

        Assert.Equal(stated, AskedPeriod.QualifiesAskedNoun(sentence, AskedPeriod.Period.Year, IsAsked));
    }

    [Theory]
    [InlineData("What were Norcom's annual sales?", "Year")]
    [InlineData("Wie viel Wald verliert Brasilien jährlich?", "Year")]
    [InlineData("How much does the ministry save a month?", "Month")]
    [InlineData("How much did Norcom earn in 2004?", null)]
    public void The_question_asks_a_period_by_a_phrase_or_an_adjective(string question, string? period) =>
        Assert.Equal(period, AskedPeriod.Of(question)?.ToString());

    public void Dispose() => _folder.Dispose();
}
