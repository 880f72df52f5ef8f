using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10's near-misses that no article answers, over small fixture articles that come close: the bot abstains,
/// names what it did not find and lists the closest articles, instead of quoting a sentence about another year or
/// another language's "Zuschauer".
/// </summary>
public sealed class NoArticleHasItTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        spectators /spɛktˈeɪtəz/
        Zuschauer <masc>
        ---
        parade /pəɹˈeɪd/
        Parade <fem>
        ---
        inflation /ɪnflˈeɪʃən/
        Inflation <fem>
        """;

    private const string GermanEnglish = """
        Inflation /ɪnflaˈtsjoːn/ <fem>
        inflation
        ---
        Zuschauer /tsuːʃaʊɐ/ <masc>
        spectators, audience
        ---
        Deutschland /dɔɪtʃlant/ <neut>
        Germany
        """;

    public NoArticleHasItTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/ezb.txt", """
            EZB lässt Leitzins unverändert
            Die Inflation in der Eurozone lag im Jahr 2005 bei 2,2 Prozent, teilte die Europäische Zentralbank in Frankfurt mit.
            Für Deutschland erwarten die Ökonomen der Bank im kommenden Jahr eine ähnliche Teuerung.
            """);
        Folder.Write("news/putin.txt", """
            Budgetdefizit, Inflation, Rubelverfall
            2015 war für Wladimir Putin ein Krisenjahr: Die Inflation in Russland stieg auf über zwölf Prozent.
            Der Rubel verlor gegenüber dem Euro fast ein Drittel seines Werts.
            """);
        Folder.Write("news/kino.txt", """
            Shyamalan und die Superhelden
            Nach The Sixth Sense entführt Shyamalan die Zuschauer in die Welt der Superhelden.
            Der Film startet am Donnerstag in den deutschen Kinos; 2,1 Millionen Zuschauer sahen den Vorgänger.
            """);
        Folder.Write("news/tromso.txt", """
            Harbour works in Tromsø
            Tromsø harbour will close one quay for repairs in spring; the ferry service to the islands continues.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Inflation_in_a_year_no_article_reports_is_an_abstention_that_names_the_year()
    {
        var answer = await Engine.AskAsync("Wie hoch ist die Inflation in Deutschland im Jahr 2024?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        Assert.Contains("2024", answer.Text);
        Assert.DoesNotContain("2,2 Prozent", answer.Text);
        Assert.DoesNotContain("Krisenjahr:", answer.Text);
        Assert.NotNull(answer.Related);
        Assert.Contains(answer.Related!, r => r.ArticleId is "news/ezb" or "news/putin");
    }

    [Fact]
    public async Task A_parade_no_article_reports_gets_no_german_sentence_about_spectators()
    {
        var answer = await Engine.AskAsync("How many spectators attended the walrus parade in Tromsø?");

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        Assert.DoesNotContain("Shyamalan", answer.Text.Split("closest")[0]);
        Assert.StartsWith("I found nothing about", answer.Text);
    }
}
