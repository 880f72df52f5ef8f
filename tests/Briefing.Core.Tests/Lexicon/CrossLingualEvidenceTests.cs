using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// Translated words are evidence in both directions, judged like words of the passage's own language; generic
/// words never carry a question alone; German compounds show the separate words of an English question.
/// </summary>
public sealed class CrossLingualEvidenceTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        people /pˈiːpəl/
        Menschen, Leute
        ---
        worldwide /wˈɜːldwaɪd/
        weltweit
        ---
        year /jˈɪə/
        Jahr
        ---
        flood /flˈʌd/
        Hochwasser, Flut
        ---
        toy /tˈɔɪ/
        Spielzeug
        ---
        maker /mˈeɪkə/
        Hersteller, Macher
        ---
        factory /fˈæktəɹi/
        Fabrik, Werk
        ---
        insolvent /ɪnsˈɒlvənt/
        insolvent, zahlungsunfähig
        """;

    private const string GermanEnglish = """
        Brücke /bɾˈʏkə/
        bridge
        ---
        öffnen /ˈœfnən/
        open
        ---
        neu /nɔʏ/
        new
        """;

    public CrossLingualEvidenceTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/umfrage.txt", """
            Umfrage zur Zufriedenheit
            Weltweit sind Menschen in diesem Jahr zufriedener mit ihrer Arbeit als im vergangenen Jahr, ergab eine Umfrage.
            Die Befragten nannten flexible Arbeitszeiten als wichtigsten Grund.
            """);
        Folder.Write("news/spielzeug.txt", """
            Holzwerk stellt Insolvenzantrag
            Der insolvente Spielzeughersteller Holzwerk will die Produktion in seiner Fabrik in Oberau fortführen.
            Das Unternehmen beschäftigt 120 Menschen.
            """);
        Folder.Write("news/moebel.txt", """
            Möbelwerk schließt
            Die insolvente Möbelfabrik in Unterbach wird geschlossen, teilte der Insolvenzverwalter mit.
            Die Fabrik hatte zuletzt 80 Beschäftigte.
            """);
        Folder.Write("news/messe.txt", """
            Messe in Nürnberg
            Jeder Hersteller zeigt dort sein neues Spielzeug, vom Brettspiel bis zur Modellbahn.
            """);
        Folder.Write("news/bridge.txt", """
            River crossing ready
            The new bridge over the Aller opens to traffic on 12 May, the county council said.
            It replaces a ferry that ran for forty years.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Generic_words_translated_into_the_article_language_do_not_carry_a_question_alone()
    {
        // Only "people", "worldwide" and "year" have German counterparts in the index; the flood is in no article.
        var answer = await Engine.AskAsync("How many people worldwide lost their homes to floods this year?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task An_english_question_finds_its_separate_words_in_a_german_compound()
    {
        var answer = await Engine.AskAsync("Where does the insolvent toy maker want to continue production?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/spielzeug", answer.Citations[0].ArticleId);
        Assert.Contains("Oberau", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_german_question_over_an_english_article_is_answered_from_it()
    {
        var answer = await Engine.AskAsync("Wann öffnet die neue Brücke über die Aller?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("de", answer.Language);
        Assert.Equal("news/bridge", answer.Citations[0].ArticleId);
        Assert.Contains("12 May", answer.Citations[0].Quote);
    }
}
