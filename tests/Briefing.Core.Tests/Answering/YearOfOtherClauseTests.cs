using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A question about a year (issue 10: another year) is not answered by a sentence that says the asked year of another
/// event while the part of it about the asked fact dates that fact to another year ("zählte im April 2024 genau 800
/// Mitglieder und gewann 2023 den Landespokal" for "Wie viele Mitglieder … 2023?"). The sentence that says the year in
/// the part about the asked fact still answers.
/// </summary>
public sealed class YearOfOtherClauseTests : InventedArticlesTest
{
    public YearOfOtherClauseTests()
    {
        Folder.Write("news/verein.txt", """
            Ruderverein Osterfeld feiert
            Der Ruderverein Osterfeld hat am Montag sein neues Bootshaus eröffnet.

            Der Ruderverein Osterfeld zählte im April 2024 genau 800 Mitglieder und gewann 2023 den Landespokal.
            """);
        Folder.Write("news/club.txt", """
            Vellmar rowing club celebrates
            The Vellmar rowing club opened its new boathouse on Monday.

            The Vellmar rowing club counted 600 members in April 2024, and it won the county cup in 2023.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_asked_year_said_of_another_event_is_an_abstention()
    {
        var german = await Engine.AskAsync("Wie viele Mitglieder hatte der Ruderverein Osterfeld 2023?");
        var english = await Engine.AskAsync("How many members did the Vellmar rowing club have in 2023?");

        Assert.True(german.Abstained, german.Text);
        Assert.True(english.Abstained, english.Text);
    }

    [Fact]
    public async Task The_asked_year_said_of_the_asked_fact_still_answers()
    {
        var german = await Engine.AskAsync("Wie viele Mitglieder hatte der Ruderverein Osterfeld im April 2024?");
        var english = await Engine.AskAsync("How many members did the Vellmar rowing club have in April 2024?");

        Assert.False(german.Abstained, german.Text);
        Assert.Contains("800 Mitglieder", german.Citations[0].Quote);
        Assert.False(english.Abstained, english.Text);
        Assert.Contains("600 members", english.Citations[0].Quote);
    }

    [Fact]
    public void A_part_of_function_words_and_years_goes_on_with_the_part_before()
    {
        var parts = YearOfOtherClause.Parts("Hamm won the World Cup (in 1999), and two Olympic golds.");

        Assert.Equal(["Hamm won the World Cup (in 1999", "and two Olympic golds."], parts);
    }

    [Fact]
    public void A_sentence_that_says_the_asked_year_where_it_shows_the_question_is_not_apart()
    {
        var years = AskedYears.Of("Welches Land stand 2023 an der Spitze der Weltrangliste?");
        bool Shows(string text) => text.Contains("Weltrangliste");

        Assert.True(YearOfOtherClause.IsApart("Er war im April 2024 die Nummer acht der Weltrangliste und erreichte 2023 das Endspiel.", years, Shows));
        Assert.False(YearOfOtherClause.IsApart("Er war 2023 die Nummer acht der Weltrangliste und erreichte 2024 das Endspiel.", years, Shows));
        // The other part shows the question but dates nothing: the year may be the report's.
        Assert.False(YearOfOtherClause.IsApart("Er war die Nummer acht der Weltrangliste und erreichte 2023 das Endspiel.", years, Shows));
        // Another chosen sentence's year is not read: it is often the same kind of fact for another year beside it.
        Assert.False(YearOfOtherClause.IsApart("Er erreichte 2023 das Endspiel.", years, Shows));
    }
}
