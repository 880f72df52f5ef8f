using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10: the answer must be of the asked kind and about the asked year, over small fixture articles. "Who" is
/// not answered by a place nor "where" by a person; "which X" wants a name; a year named elsewhere in the article
/// does not date the fact; a name of several words whose words are scattered over an article is not in it.
/// </summary>
public sealed class AnswerTypingTests : InventedArticlesTest
{
    public AnswerTypingTests()
    {
        Folder.Write("news/fuel.txt", """
            Fuel sales in Nordland rise again
            Filling stations in Nordland sold 7.6 billion litres of diesel last year, the fuel association said on Monday.
            Petrol sales were flat because engines have become more efficient.
            In 2014 the stations had sold 7.1 billion litres of diesel.
            Diesel demand was roughly back at the record level of 2013, the association added.
            """);
        Folder.Write("news/shipyard.txt", """
            Lindholm shipyard wants to grow
            The Lindholm shipyard employs 1,200 welders today, the company said on Tuesday.
            By 2020 there should be more than 2,000.
            """);
        Folder.Write("news/union.txt", """
            Welders at Lindholm shipyard warn of cheap labour
            Welders at the Lindholm shipyard said the company wants to employ cheaper staff from abroad by 2020.
            """);
        Folder.Write("news/museum.txt", """
            Space museum in Lindholm opens new wing
            The space museum in Lindholm opened a new wing with a large telescope on 4 May.
            Visitors can see the Webb collection of star maps, donated by the family of a local sailor.
            The museum was founded by James Carter, a retired ship's captain.
            """);
        Folder.Write("news/harbour.txt", """
            Lindholm harbour authority picks new director
            The Lindholm harbour authority picked its new director at a board meeting in Oslo on Thursday.
            Director Maria Svensson will take up the post in June.
            """);
        Folder.Write("news/festival.txt", """
            Lindholm jazz festival to move next year
            Organiser Peter Lund said the Lindholm jazz festival will be held in a new place next year because the old hall is too small.
            The festival will then take place in Tromsø.
            """);
        Folder.Write("news/films.txt", """
            Comedy breaks New Year's Eve box office record
            The comedy Harbour Lights set a new box office record on New Year's Eve, taking $12m.
            The previous box office record for New Year's Eve had been set by a film in 2000.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_year_the_article_names_for_something_else_is_an_abstention_that_names_the_year()
    {
        var answer = await Engine.AskAsync("How much diesel did the filling stations in Nordland sell in 2013?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        Assert.Contains("2013", answer.Text);
    }

    [Fact]
    public async Task The_sentence_that_says_the_asked_year_answers_it()
    {
        var answer = await Engine.AskAsync("How much diesel did the filling stations in Nordland sell in 2014?");

        Assert.False(answer.Abstained);
        Assert.Contains("7.1 billion litres", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_sentence_with_the_asked_year_answers_when_the_sentence_before_it_names_the_topic()
    {
        var answer = await Engine.AskAsync("How many welders should the Lindholm shipyard employ by 2020?");

        Assert.False(answer.Abstained);
        Assert.Contains("more than 2,000", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_name_of_several_words_scattered_over_an_article_is_not_in_it()
    {
        var answer = await Engine.AskAsync("When did the James Webb Space Telescope launch?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        Assert.Contains("James Webb Space Telescope", answer.Text);
    }

    [Fact]
    public async Task Who_is_answered_by_the_person_not_by_the_place_of_the_meeting()
    {
        var answer = await Engine.AskAsync("Who is the new director of the Lindholm harbour authority?");

        Assert.False(answer.Abstained);
        Assert.Contains("Maria Svensson", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Where_is_answered_by_the_place_not_by_the_person_who_announced_it()
    {
        var answer = await Engine.AskAsync("Where will the Lindholm jazz festival be held next year?");

        Assert.False(answer.Abstained);
        Assert.Contains("Tromsø", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Which_film_is_answered_by_the_sentence_that_names_one()
    {
        var answer = await Engine.AskAsync("Which film set the New Year's Eve box office record?");

        Assert.False(answer.Abstained);
        Assert.Contains("Harbour Lights", answer.Citations[0].Quote);
    }
}
