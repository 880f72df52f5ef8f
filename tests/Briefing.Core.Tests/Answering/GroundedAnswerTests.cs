using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10's examples over samples/ (with the seed article) and small fixture articles, with a small FreeDict-layout
/// dictionary: the asked fact first, no padding, abstention with the closest articles when a detail is missing.
/// </summary>
public sealed class GroundedAnswerTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        ferry /fˈɛri/
        Fähre <fem>
        ---
        people /pˈiːpəl/
        Menschen <pl>, Leute <pl>
        ---
        world /wˈɜːld/
        Welt <fem>
        ---
        diesel /dˈiːzəl/
        Diesel <masc>
        ---
        year /jˈɪə/
        Jahr <neut>
        ---
        founded /fˈaʊndɪd/
        gegründet
        """;

    private const string GermanEnglish = """
        Fähre /fɛːʁə/ <fem>
        ferry
        ---
        fahren /faːʁən/ <v>
        run, go, sail
        ---
        wieder /viːdɐ/
        again
        ---
        Menschen /mɛnʃən/ <pl>
        people
        ---
        weltweit /vɛltvaɪt/
        worldwide, world
        ---
        sterben /ʃtɛʁbən/ <v>
        die, died
        ---
        Sturmflut /ʃtʊʁmfluːt/ <fem>
        storm surge, storm tide
        """;

    public GroundedAnswerTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/plymouth.txt", """
            Plymouth ferry to resume sailings after engine repairs
            The ferry between Plymouth and Roscoff will resume sailings on 14 March after repairs to its engines, the operator said on Monday.
            The vessel was taken out of service in January when engineers found a fault in one of its two engines.
            Passengers with bookings for the coming weeks will be contacted by email and offered a refund.
            """);
        Folder.Write("news/appointment.txt", """
            Harbour authority of Lindholm appoints new director
            The Lindholm harbour authority has appointed a new director, the board said on Thursday.
            Marta Kowalczyk, an engineer who ran the container terminal for six years, takes over the post in April.
            She succeeds a director who retired after a dispute over the port's expansion plans.
            """);
        Folder.Write("news/football.txt", """
            Hamm bows out of international football
            Mia Hamm, who won the World Cup in 1991 and 1999 with the United States, has played her last international match.
            She was twice Fifa women's player of the year and won two Olympic gold medals.
            """);
        Engine.IngestAsync(RepoPaths.Samples, Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_year_no_article_has_is_an_abstention_that_names_it_and_the_closest_article()
    {
        var answer = await Engine.AskAsync("Who won the 2022 FIFA World Cup?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("I found nothing about 2022", answer.Text);
        Assert.NotNull(answer.Related);
        Assert.Equal("news/football", answer.Related![0].ArticleId);
        Assert.Contains("Hamm bows out of international football", answer.Text);
    }

    [Fact]
    public async Task Generic_words_with_translations_do_not_carry_a_question_about_something_no_article_has()
    {
        var answer = await Engine.AskAsync("Wie viele Menschen sind weltweit an Covid-19 gestorben?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        // Generic words are no longer translated, so no passage may match at all: then the plain "nothing found".
        Assert.Matches("^(Zu Covid-19|Dazu) finde ich", answer.Text);
    }

    [Fact]
    public async Task A_german_question_is_answered_from_the_english_article_that_says_when()
    {
        var answer = await Engine.AskAsync("Wann fährt die Fähre in Plymouth wieder?");

        Assert.False(answer.Abstained);
        Assert.Equal("news/plymouth", answer.Citations[0].ArticleId);
        Assert.Contains("14 March", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_sentence_with_the_asked_name_leads_not_the_one_that_restates_the_question()
    {
        var answer = await Engine.AskAsync("Who has been appointed director of the Lindholm harbour authority?");

        Assert.False(answer.Abstained);
        Assert.Contains("Marta Kowalczyk", answer.Citations[0].Quote);
        Assert.DoesNotContain(answer.Citations, c => c.Quote.StartsWith("The Lindholm harbour authority has appointed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_founding_question_gets_the_2001_sentence_and_no_unrelated_padding()
    {
        var answer = await Engine.AskAsync("When was the SCO founded?");

        Assert.False(answer.Abstained);
        Assert.Contains("2001", answer.Citations[0].Quote);
        Assert.All(answer.Citations, c => Assert.Equal(answer.Citations[0].ArticleId, c.ArticleId));
    }

    [Fact]
    public async Task The_diesel_question_gets_the_right_sentence_without_german_padding_or_framing()
    {
        var answer = await Engine.AskAsync("How much diesel will the solar ferry save per year?");

        Assert.False(answer.Abstained);
        Assert.Contains("400,000 litres of diesel", answer.Citations[0].Quote);
        Assert.All(answer.Citations, c => Assert.StartsWith("en/", c.ArticleId, StringComparison.Ordinal));
        Assert.DoesNotContain("original language", answer.Text);
    }

    [Fact]
    public async Task A_german_question_quotes_the_german_report_and_never_the_same_fact_twice()
    {
        var answer = await Engine.AskAsync("Was ist mit der Sturmflut in Nordhafen?");

        Assert.False(answer.Abstained);
        Assert.All(answer.Citations, c => Assert.StartsWith("de/", c.ArticleId, StringComparison.Ordinal));
        Assert.DoesNotContain("Originalwortlaut", answer.Text);
        Assert.Equal(answer.Citations.Count, answer.Citations.Select(c => c.Quote).Distinct().Count());
    }
}
