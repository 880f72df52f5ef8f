using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, constraint-checked abstention: the question's details an article must show are the ones it can show as
/// written. A number inside a name ("Nordnet2") or a decade ("the 70s") is no figure the article must repeat, and a
/// question for a length of time or a frequency names no counted unit. A span of years ("2019/20") is dated by its first year.
/// </summary>
public sealed class QuestionDetailTests : InventedArticlesTest
{
    public QuestionDetailTests()
    {
        Folder.Write("news/net.txt", """
            Research network Nordnet2 grows
            Nordnet2 is a research network led by universities in the north.
            In 1998 the Nordnet2 community built its first backbone in partnership with the carrier Telvik.
            """);
        Folder.Write("news/tour.txt", """
            U2 announce world tour
            U2's Vertigo tour will kick off in Miami in March, the band said.
            Tickets go on sale next week.
            """);
        Folder.Write("news/stage.txt", """
            The keeper on stage
            In the 1970s the actor Jon Berg played the lighthouse keeper on stage in Lindholm.
            The play ran for three seasons.
            """);
        Folder.Write("news/verein.txt", """
            Bilanz der Ruderer vom Lindsee
            Der Ruderclub Lindsee zieht eine positive Bilanz über das abgelaufene Vereinsjahr.
            Bis Ende Dezember 2019 hatten sich beim Ruderclub Lindsee 840 Mitglieder eingeschrieben.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_name_written_with_a_number_is_shown_by_the_name_as_written()
    {
        var answer = await Engine.AskAsync("Who did Nordnet2 partner with?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Telvik", answer.Text);
    }

    /// <summary>"U2's": the possessive after a name with its number keeps the number on it, not the letter alone ("U").</summary>
    [Fact]
    public async Task A_name_with_a_number_and_a_possessive_is_shown_by_the_name_with_its_number()
    {
        var answer = await Engine.AskAsync("In which city does U2's Vertigo tour kick off?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Miami", answer.Text);
    }

    [Fact]
    public async Task A_decade_is_no_figure_the_article_must_repeat()
    {
        var answer = await Engine.AskAsync("Who played the lighthouse keeper on stage in the 70s?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Jon Berg", answer.Text);
    }

    [Theory]
    [InlineData("Wie viele Mitglieder hatte der Ruderclub Lindsee im Vereinsjahr 2019/20?")]
    [InlineData("How many members did the Lindsee rowing club have in the 2019/20 season?")]
    public async Task A_span_of_years_is_dated_by_its_first_year(string question)
    {
        var answer = await Engine.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("840", answer.Text);
    }

    [Theory]
    [InlineData("How much time remained when the Broncos took the lead?")]
    [InlineData("How many times has Polonia won the cup?")]
    [InlineData("Wie viel Zeit verblieb, als Denver in Führung ging?")]
    public void A_length_of_time_or_a_frequency_names_no_counted_unit(string question) =>
        Assert.Null(AskedUnit.Of(question));

    [Theory]
    [InlineData("How much will the Foreign Office save each year by closing nine embassies?")]
    [InlineData("How much has the charity raised so far?")]
    [InlineData("How much did the club spend on new players?")]
    [InlineData("Wie viel spart die Stadt durch die Schließung der Bäder?")]
    [InlineData("Wie viel hat der Konzern in das neue Werk investiert?")]
    public void What_is_saved_spent_raised_or_invested_is_money(string question) =>
        Assert.Equal(AskedUnit.Measure.Money, AskedUnit.Of(question)?.Kind);

    [Fact]
    public void A_counted_thing_is_still_the_unit() =>
        Assert.Equal("spectators", AskedUnit.Of("How many spectators attended the parade?")?.Word);
}
