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
        double Shows(string text) => text.Contains("Weltrangliste") ? 1 : 0;

        Assert.True(YearOfOtherClause.IsApart("Er war im April 2024 die Nummer acht der Weltrangliste und erreichte 2023 das Endspiel.", years, Shows));
        Assert.False(YearOfOtherClause.IsApart("Er war 2023 die Nummer acht der Weltrangliste und erreichte 2024 das Endspiel.", years, Shows));
        // The other part shows the question but dates nothing: the year may be the report's.
        Assert.False(YearOfOtherClause.IsApart("Er war die Nummer acht der Weltrangliste und erreichte 2023 das Endspiel.", years, Shows));
        // Another chosen sentence's year is not read: it is often the same kind of fact for another year beside it.
        Assert.False(YearOfOtherClause.IsApart("Er erreichte 2023 das Endspiel.", years, Shows));
    }

    /// <summary>Coverage by the words of the question a test names: one for each word the text shows.</summary>
    private static Func<string, double> Showing(params string[] words) =>
        text => words.Count(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void An_asked_year_in_a_list_dates_its_own_part_which_must_show_something_of_the_question()
    {
        var years = AskedYears.Of("Who was named Fifa World Player of the Year in 1999?");
        var shows = Showing("Fifa", "player", "named");

        // The part that shows the question has no year of its own; the list of years dates the World Cup wins.
        Assert.True(YearOfOtherClause.IsApart("She was twice Fifa women's player of the year and won the World Cup in 1991 and 1999 and two Olympic golds.", years, shows));
        // The listed years date the part that shows the question best.
        Assert.False(YearOfOtherClause.IsApart("She was named Fifa player of the year in 1998 and 1999, and won two Olympic golds.", years, shows));
        // A part split off at a comma of a list of nouns is no statement of its own: the years date the whole clause.
        Assert.False(YearOfOtherClause.IsApart("The number of Fifa players buying programs to protect PCs from virus, spam and spyware attacks rose by 11.2% each year between 1998 and 1999.",
            years, Showing("Fifa", "player", "spyware")));
    }

    [Fact]
    public void As_well_as_joins_another_thing_after_a_list_of_years()
    {
        var years = AskedYears.Of("Who won the women's race at the New York Marathon in 2002?");

        Assert.True(YearOfOtherClause.IsApart("The 29-year-old has finished second to Paula Radcliffe in the 2002 and 2003 London races as well as in November's New York City marathon.",
            years, Showing("New York", "marathon")));
    }

    [Fact]
    public void A_year_a_figure_is_compared_with_is_no_year_of_the_part()
    {
        var years = AskedYears.Of("How much did the company earn in 2004?");
        var shows = Showing("earn");

        Assert.False(YearOfOtherClause.IsApart("Its sales grew in 2004, and it earned $80m, more than it earned in 2003.", years, shows));
        Assert.True(YearOfOtherClause.IsApart("Its sales grew in 2004, and it earned $66m in 2003.", years, shows));
    }

    [Fact]
    public void A_year_in_a_list_or_range_is_listed()
    {
        Assert.True(YearUses.InList("won the World Cup in 1991 and 1999", "1999"));
        Assert.True(YearUses.InList("nach 2009 und 2013 sein drittes Gold", "2013"));
        Assert.True(YearUses.InList("Maurice Greene (1997 bis 2001)", "1997"));
        Assert.False(YearUses.InList("won the World Cup in 1999 and two Olympic golds", "1999"));
    }
}
