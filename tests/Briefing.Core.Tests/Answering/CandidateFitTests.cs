using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Whether a candidate's figure fits the asked fact (issue 10, unanswerable questions answered): a figure of roughly the
/// asked type that answers another question — an age or a rank for a count, a count of dates for a count of shows, a
/// count of jets for how long they stay, a hard drive's size for a price — is no answer, and the question is abstained on.
/// </summary>
public sealed class CandidateFitTests : InventedArticlesTest
{
    public CandidateFitTests()
    {
        Folder.Write("news/jets.txt", """
            Kampfjets besuchen Litauen und Estland
            Im Rahmen der Nato-Übung haben die US-Streitkräfte zwei F-22-Kampfjets nach Estland und Litauen entsandt.
            Die Maschinen sollen die Präsenz an der Ostgrenze des Bündnisses zeigen, sagte eine Sprecherin.
            """);
        Folder.Write("news/tour.txt", """
            Singer Mara Lenz sues insurers over cancelled Glasshouse tour
            Singer Mara Lenz is suing insurers that refused to pay for her cancelled Glasshouse world tour.
            The singer missed a number of shows on the 64-date tour after injuring her ankle during a show in Leeds.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task How_long_is_not_answered_by_a_sentence_that_states_no_length_of_time()
    {
        var answer = await Engine.AskAsync("Wie lange bleiben die beiden F-22-Kampfjets in Litauen stationiert?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_count_of_shows_is_not_answered_by_the_tour_s_count_of_dates()
    {
        var answer = await Engine.AskAsync("How many shows of the Glasshouse tour did Mara Lenz actually play before she cancelled it?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Theory]
    [InlineData("the 82-date tour after", "82", "date")]
    [InlineData("around a 133-hectare Texas ranch", "133", "hectare")]
    public void An_english_figure_written_onto_a_noun_counts_that_noun(string text, string figure, string counted)
    {
        var end = text.IndexOf(figure, StringComparison.Ordinal) + figure.Length;

        Assert.Equal(counted, CountedWords.After(text, end, "en")?[^1]);
    }

    [Theory]
    [InlineData("The firm is seeking people aged 18 to 99.", "18")]
    [InlineData("The firm is seeking people aged 18 to 99.", "99")]
    [InlineData("She has died at the age of 85.", "85")]
    [InlineData("The 22-year-old star missed a number of shows.", "22")]
    [InlineData("Der 23-jährige Mann wurde festgenommen.", "23")]
    public void An_age_is_read_as_one(string text, string figure) =>
        Assert.True(AskedAge.IsAgeAt(text, text.IndexOf(figure, StringComparison.Ordinal), text.IndexOf(figure, StringComparison.Ordinal) + figure.Length));

    [Theory]
    [InlineData("About 3,000 people turned up on Friday.", "3,000")]
    [InlineData("The 25 people aged over 60 were taken in.", "25")]
    public void A_count_of_people_is_no_age(string text, string figure) =>
        Assert.False(AskedAge.IsAgeAt(text, text.IndexOf(figure, StringComparison.Ordinal), text.IndexOf(figure, StringComparison.Ordinal) + figure.Length));

    [Theory]
    [InlineData("How much will Telewest charge for its new set-top box?")]
    [InlineData("Wie viel verlangt der Händler für das Bild?")]
    [InlineData("What minimum price had the family put on the tapes?")]
    public void What_a_seller_charges_and_a_price_asked_by_what_are_sums_of_money(string question) =>
        Assert.Equal(AskedUnit.Measure.Money, AskedUnit.Of(question)?.Kind);

    [Fact]
    public void A_criminal_charge_asks_no_sum() => Assert.Null(AskedUnit.Of("Who is the man charged with breaking into the computers?"));

    [Theory]
    [InlineData("Vodafone KK, Japan's number three mobile operator, lost customers.", "three", true)]
    [InlineData("Der Sender bleibt Nummer 1 im Land.", "1", true)]
    [InlineData("Vodafone will cut three hundred jobs.", "three", false)]
    public void A_figure_after_number_is_a_rank(string text, string figure, bool rank) =>
        Assert.Equal(rank, AskedFact.IsRankAt(text, text.IndexOf(figure, StringComparison.Ordinal)));

    [Fact]
    public void An_age_written_onto_another_name_is_only_that_one_s()
    {
        const string text = "Der 23-jährige Hasan E. wollte mit seinem Cousin einen Anschlag verüben.";
        var names = new List<(int, string)> { (text.IndexOf("Hasan", StringComparison.Ordinal), "Hasan E.") };

        Assert.True(AskedAge.IsOnlyOthersAge(text, names, n => n.StartsWith("Jonas", StringComparison.Ordinal)));
        Assert.False(AskedAge.IsOnlyOthersAge(text, names, n => n.StartsWith("Hasan", StringComparison.Ordinal)));
        Assert.False(AskedAge.IsOnlyOthersAge("The 30-year-old told the Sunday Times he was innocent.", [], _ => false));
    }
}
