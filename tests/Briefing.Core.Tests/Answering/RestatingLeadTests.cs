using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, kinds seen on realistic questions: the article's lead sentence restates the question, and another
/// sentence of the same article holds the asked fact in other words — a job, a car's make, a fine, the level a figure
/// rose to, a deadline, a sum without its currency, a constituency. That sentence leads. Fixture articles, invented.
/// </summary>
public sealed class RestatingLeadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private Task<Briefing.Core.Answering.Answer> AskOver(string article, string question) => OneArticleQuestion.AskAsync(_folder, article, question);

    [Fact]
    public async Task The_sentence_that_gives_the_job_answers_what_someone_does_for_a_living()
    {
        var answer = await AskOver("""
            Jonas Perl kämpft in Baku um eine Medaille
            Jonas Perl kämpft bei den Europaspielen in Baku um eine Medaille im Sambo. Der Salzburger betreibt den Kampfsport seit zehn Jahren. Leben kann er vom Sport nicht. Von Beruf ist Perl Hausmeister, in Teilzeit. Er trainiert täglich.
            """, "Was macht Jonas Perl beruflich?");

        Assert.False(answer.Abstained);
        Assert.Contains("Hausmeister", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_age_and_trade_apposition_answers_an_english_job_question()
    {
        var answer = await AskOver("""
            Mia Stroud wins regional chess title
            Mia Stroud has won the regional chess title in Harrowgate. Stroud, a 34-year-old plumber from Leeds, beat the favourite in the final round. The title is her first.
            """, "What does Mia Stroud do for a living?");

        Assert.False(answer.Abstained);
        Assert.Contains("plumber", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_fine_answers_what_someone_has_to_pay()
    {
        var answer = await AskOver("""
            Tourist muss nach Koala-Selfie Strafe zahlen
            Ein Tourist aus Wien muss nach einem Selfie mit einem Koala im Nationalpark Strafe zahlen. Der Mann hatte das Tier gegen die Vorschriften aus dem Baum gehoben. Das Gericht verhängte eine Geldstrafe von 200 australischen Dollar (136 Euro).
            """, "Was muss der Tourist aus Wien an Strafe zahlen?");

        Assert.False(answer.Abstained);
        Assert.Contains("200 australischen Dollar", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_level_after_auf_answers_to_how_much_a_figure_rose()
    {
        var answer = await AskOver("""
            Feldmann wächst kräftig
            Der Umsatz des Maschinenbauers Feldmann ist im vergangenen Jahr um 12 Prozent gestiegen. Er kletterte auf 3,4 Milliarden Euro, teilte das Unternehmen mit. Der Gewinn blieb stabil.
            """, "Auf wie viel ist der Umsatz des Maschinenbauers gestiegen?");

        Assert.False(answer.Abstained);
        Assert.Contains("3,4 Milliarden", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_quarter_answers_by_when_a_takeover_is_to_be_completed()
    {
        var answer = await AskOver("""
            Keller übernimmt Brandt
            Der Keller-Konzern übernimmt den Rivalen Brandt, die Übernahme soll rasch abgeschlossen sein. Die Wettbewerbsbehörden müssen noch zustimmen, der Abschluss wird im dritten Quartal erwartet. Brandt beschäftigt 900 Menschen.
            """, "Bis wann soll die Übernahme des Rivalen abgeschlossen sein?");

        Assert.False(answer.Abstained);
        Assert.Contains("dritten Quartal", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_sum_without_its_currency_right_after_the_restatement_answers_how_much_money()
    {
        var answer = await AskOver("""
            Gutachten zu den Renten
            Laut Gutachten wird der Bund bis 2030 mehr Geld für die Renten aufbringen müssen. In absoluten Zahlen werden 2030 14,2 Milliarden aufzuwenden sein. Die Kommission tagt im Herbst erneut.
            """, "Wie viel Geld muss der Bund 2030 für die Renten aufbringen?");

        Assert.False(answer.Abstained);
        Assert.Contains("14,2 Milliarden", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_place_an_mp_is_named_for_answers_the_constituency_question()
    {
        var answer = await AskOver("""
            Anna Berg attacks rail plan
            Anna Berg has attacked the government's plan for the new rail line. The MP for Bexley and Sidcup said the line would cut her voters off from the capital. Ministers defended the plan.
            """, "What is Anna Berg's constituency?");

        Assert.False(answer.Abstained);
        Assert.Contains("Bexley", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
