using Briefing.Core.Answering;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, how-much and how-many questions: a figure answers only as what it is — a name's number ("Radio 7"), the
/// first day of a date range ("20 and 21 August"), a count of things ("at two venues") or a rank ("came third") is no
/// amount, and a name's number counts nothing. Articles invented, German and English.
/// </summary>
public sealed class FigureOfWhatTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private Task<Answer> AskOver(string article, string question) => OneArticleQuestion.AskAsync(_folder, article, question);

    [Fact]
    public async Task A_stations_number_does_not_count_the_singers()
    {
        var answer = await AskOver("""
            Kelby harbour choir sings its winter concert
            The Kelby harbour choir sang its winter concert live on Radio 7 and in the old harbour hall. The singers wore red scarves, organisers said.
            """, "How many singers sang in the winter concert of the Kelby harbour choir?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task Ein_Sendername_mit_Zahl_zaehlt_die_Saenger_nicht()
    {
        var answer = await AskOver("""
            Hafenchor singt Winterkonzert in Kelby
            Der Hafenchor sang beim Winterkonzert in Kelby live im Sender Radio 7 und in der alten Hafenhalle. Rund 350 Sänger machten mit, sagten die Veranstalter.
            """, "Wie viele Sänger sangen beim Winterkonzert in Kelby?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("350 Sänger", answer.Citations[0].Quote);
    }

    private const string EnglishTitle = "Kelby Folk Festival announces its line-up\n";
    private const string EnglishTickets = " Tickets for the Kelby Folk Festival go on sale on Friday, the organisers said.";
    private const string GermanTitle = "Folkfestival in Kelby stellt sein Programm vor\n";
    private const string GermanTickets = " Karten für das Folkfestival in Kelby gibt es ab Freitag, sagten die Veranstalter.";

    /// <summary>The festival's article says when, where and how it ranks, and that tickets go on sale, but no price.</summary>
    [Theory]
    [InlineData(EnglishTitle + "The Kelby Folk Festival will be held on 20 and 21 August in Kelby Park." + EnglishTickets, "How much are tickets for the Kelby Folk Festival?")]
    [InlineData(GermanTitle + "Das Folkfestival in Kelby findet vom 20. bis 21. August im Stadtpark statt." + GermanTickets, "Wie viel verlangt das Folkfestival in Kelby für die Karten?")]
    [InlineData(EnglishTitle + "The Kelby Folk Festival will be held at two venues in Kelby this summer." + EnglishTickets, "How much are tickets for the Kelby Folk Festival?")]
    [InlineData(GermanTitle + "Das Folkfestival in Kelby findet heuer auf zwei Bühnen im Stadtpark statt." + GermanTickets, "Wie viel verlangt das Folkfestival in Kelby für die Karten?")]
    [InlineData(EnglishTitle + "The Kelby Folk Festival came third in a poll of the best summer festivals." + EnglishTickets, "How much are tickets for the Kelby Folk Festival?")]
    public async Task A_date_range_a_count_of_venues_or_a_rank_is_no_price(string article, string question)
    {
        var answer = await AskOver(article, question);

        Assert.True(answer.Abstained, answer.Text);
    }

    [Theory]
    [InlineData("Newcomers Keane came third, followed by Maroon 5 and Snow Patrol.", "5", true, "en")]
    [InlineData("Speaking on BBC Radio 4's Today programme, he criticised the plan.", "4", true, "en")]
    [InlineData("In 164 Ortschaften wurden mittlerweile in Summe 453 Ortstafeln aufgestellt.", "453", false, "de")]
    [InlineData("Die Ermittlungen begannen, nachdem US-Behörden 14 Personen verhaftet haben.", "14", false, "de")]
    [InlineData("On Monday 3,000 people marched through the town.", "3,000", false, "en")]
    [InlineData("The ticket costs EUR 300 this year.", "300", false, "en")]
    public void A_figure_after_a_capitalised_word_is_a_names_number_only_when_it_counts_nothing_after_it(string sentence, string figure, bool partOfName, string language)
    {
        var start = sentence.IndexOf(figure, StringComparison.Ordinal);
        Assert.Equal(partOfName, AnswerCandidates.IsPartOfName(sentence, start, start + figure.Length, language));
    }

    /// <summary>A sum written with a currency's plural ("euros", "rupees") counts nothing, as one with its sign or singular does not.</summary>
    [Theory]
    [InlineData("Entry to the Kelby museum costs 12 euros for adults.", "12")]
    [InlineData("A seat on the Kelby ferry costs 450 rupees a trip.", "450")]
    public void A_sum_in_a_currencys_plural_is_no_count(string sentence, string figure) =>
        Assert.DoesNotContain(figure, AnswerCandidates.Of(sentence, AnswerType.Number, "en", new NameDetector(new NoTermStatistics(), []), countsOnly: true));

    public void Dispose() => _folder.Dispose();
}
