using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The kind of fact a question asks decides the lead sentence (issue 10, parts 2, 3 and 5), over small fixture
/// articles: the answer may stand in a later paragraph that names the topic only by pronoun or abbreviation; "when"
/// wants a date, not the weekday of the report nor a duration; "how many X" wants a number of X; a word no article
/// has, or a count of something no sentence names, is an abstention.
/// </summary>
public sealed class AskedFactTests : InventedArticlesTest
{
    public AskedFactTests()
    {
        Folder.Write("news/alliance.txt", """
            Nordic rail ministers meet in Tromsø
            Transport ministers of the Nordic Rail Alliance met in Tromsø on Tuesday to discuss cross-border timetables and ticket prices.

            The talks focused on night trains between Oslo, Stockholm and Helsinki, which have lost passengers since the pandemic.

            Several ministers called for a common booking system before the summer season.

            The group was founded in 1994 by Norway, Sweden and Finland to plan connections across their borders.
            """);
        Folder.Write("news/strike.txt", """
            Dock strike in Lindholm is over
            The dock workers' strike in Lindholm lasted twelve days and halted most container traffic.
            It ended on 3 May after the union accepted a pay offer of four percent.
            """);
        Folder.Write("news/port.txt", """
            Lindholm port reports record year
            The port of Lindholm handled 1.2 million containers last year, the harbour authority said on Friday.
            About 300 ships called at the port in December alone, more than in any month before.
            """);
        Folder.Write("news/tarif.txt", """
            Neuer Mobilfunktarif mit sinkendem Preis
            Der neue Wertkartentarif kostet zu Beginn 20 Euro pro Monat, ab dem dritten Monat sinkt der Preis auf 17 Euro.
            Enthalten sind 1.000 Minuten Telefonie und 4.000 Megabyte Datenvolumen.
            """);
        Folder.Write("news/reaktoren.txt", """
            Atomaufsicht gibt Reaktoren frei
            Zwei japanische Reaktoren sind nach der Sicherheitsprüfung wieder am Netz, teilte die Atomaufsicht am Montag mit.
            Die Betreiber hatten die Anlagen seit dem Erdbeben mehrfach nachgerüstet.
            """);
        Folder.Write("news/route.txt", """
            Lindholm ferry route to close in June
            The ferry route between Lindholm and Norby will close at the end of June, the operator announced on Wednesday.
            The operator said the route has to close because fuel costs have doubled since last year.
            Around 40 staff will be offered other jobs in the company.
            """);
        Folder.Write("news/museum.txt", """
            Painting stolen from Lindholm museum
            A painting was stolen from the Lindholm museum on Sunday night, police said.
            The thief escaped through a window 3m above the ground and is still at large.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_founding_year_in_a_later_paragraph_leads_not_the_weekday_of_the_meeting()
    {
        var answer = await Engine.AskAsync("When was the Nordic Rail Alliance founded?");

        Assert.False(answer.Abstained);
        Assert.Contains("1994", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task When_asks_for_the_date_and_how_long_for_the_duration()
    {
        var when = await Engine.AskAsync("When did the dock strike in Lindholm end?");
        var howLong = await Engine.AskAsync("How long did the dock strike in Lindholm last?");

        Assert.Contains("3 May", when.Citations[0].Quote);
        Assert.Contains("twelve days", howLong.Citations[0].Quote);
    }

    [Fact]
    public async Task A_count_leads_with_the_sentence_that_names_what_is_counted()
    {
        var answer = await Engine.AskAsync("How many ships called at Lindholm port in December?");

        Assert.False(answer.Abstained);
        Assert.Contains("300 ships", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_count_of_something_no_sentence_names_is_an_abstention()
    {
        var answer = await Engine.AskAsync("How many cruise passengers came to Lindholm port last year?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task A_word_no_article_contains_is_an_abstention_that_names_it()
    {
        var answer = await Engine.AskAsync("Wie viel kostet das Deutschlandticket im Monat?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("Zu Deutschlandticket finde ich", answer.Text);
    }

    [Fact]
    public async Task A_country_is_found_in_its_adjective()
    {
        var answer = await Engine.AskAsync("Wie viele Reaktoren sind in Japan wieder am Netz?");

        Assert.False(answer.Abstained);
        Assert.Contains("Zwei japanische Reaktoren", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_why_question_leads_with_the_sentence_that_gives_the_cause()
    {
        var answer = await Engine.AskAsync("Why is the Lindholm ferry route closing?");

        Assert.False(answer.Abstained);
        Assert.Contains("because fuel costs have doubled", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_question_for_a_price_is_not_answered_by_another_figure()
    {
        var answer = await Engine.AskAsync("What was the painting stolen from the Lindholm museum worth?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
    }
}
