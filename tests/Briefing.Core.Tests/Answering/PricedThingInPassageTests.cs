using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A price answers a cost question only where its passage names the priced thing: "kostet eine Kilowattstunde Strom 3,17
/// Cent" says "kostet", but an article that never writes "Honig" prices no honey (probe22-077). The head of a compound
/// names the thing too ("den Tunnelbau" for "Autotunnel", probe16-020). All articles are invented.
/// </summary>
public sealed class PricedThingInPassageTests : InventedArticlesTest
{
    /// <summary>The German nouns the articles write, as a dictionary lists them: common words, no names.</summary>
    private const string EnglishGerman = """
        electricity prices /x/
        Strompreise <pl>
        ---
        best bidder /x/
        Bestbieter <masc>
        ---
        kilowatt hour /x/
        Kilowattstunde <fem>
        ---
        electricity /x/
        Strom <masc>
        ---
        basic fee /x/
        Grundgebühr <fem>
        ---
        kilo /x/
        Kilo <neut>
        ---
        honey /x/
        Honig <masc>
        ---
        beekeepers /x/
        Imkern <pl>
        ---
        dispute /x/
        Streit <masc>
        ---
        rebuilding /x/
        Umbau <masc>
        ---
        market square /x/
        Marktplatz <masc>
        ---
        market square /x/
        Marktplatzes <masc>
        ---
        tunnel /x/
        Tunnel <masc>
        ---
        road tunnel /x/
        Autotunnel <masc>
        ---
        car traffic /x/
        Autoverkehr <masc>
        ---
        tunnel construction /x/
        Tunnelbau <masc>
        ---
        citizens' list /x/
        Bürgerliste <fem>
        ---
        the Greens /x/
        Grünen <pl>
        ---
        costs /x/
        Kosten <pl>
        ---
        millions range /x/
        Millionenbereich <masc>
        ---
        calculation /x/
        Rechnung <fem>
        ---
        millions /x/
        Millionen <pl>
        """;

    private const string GermanEnglish = """
        Strompreise /x/ <pl>
        electricity prices
        ---
        Bestbieter /x/ <masc>
        best bidder
        ---
        Kilowattstunde /x/ <fem>
        kilowatt hour
        ---
        Strom /x/ <masc>
        electricity
        ---
        Grundgebühr /x/ <fem>
        basic fee
        ---
        Kilo /x/ <neut>
        kilo
        ---
        Honig /x/ <masc>
        honey
        ---
        Imkern /x/ <pl>
        beekeepers
        ---
        Streit /x/ <masc>
        dispute
        ---
        Umbau /x/ <masc>
        rebuilding
        ---
        Marktplatz /x/ <masc>
        market square
        ---
        Marktplatzes /x/ <masc>
        market square
        ---
        Tunnel /x/ <masc>
        tunnel
        ---
        Autotunnel /x/ <masc>
        road tunnel
        ---
        Autoverkehr /x/ <masc>
        car traffic
        ---
        Tunnelbau /x/ <masc>
        tunnel construction
        ---
        Bürgerliste /x/ <fem>
        citizens' list
        ---
        Grünen /x/ <pl>
        the Greens
        ---
        Kosten /x/ <pl>
        costs
        ---
        Millionenbereich /x/ <masc>
        millions range
        ---
        Rechnung /x/ <fem>
        calculation
        ---
        Millionen /x/ <pl>
        millions
        """;

    public PricedThingInPassageTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/strom.txt", """
            Strompreise in Kelbach: Bestbieter verlangt wenig
            Beim diesjährigen Bestbieter Nordstrom aus Kelbach kostet eine Kilowattstunde Strom 3,17 Cent.
            Hinzu kommt eine jährliche Grundgebühr von 30 Euro.
            """);
        Folder.Write("news/tunnel.txt", """
            Streit um Umbau des Marktplatzes in Norbach
            Die Bürgerliste favorisierte einen Tunnel für den Autoverkehr unter dem Marktplatz von Norbach.
            Mit 43 Millionen Euro wollte die Bürgerliste den Tunnelbau bewerkstelligen, die Grünen rechneten eher mit Kosten im dreistelligen Millionenbereich.
            """);
        Folder.Write("news/kayak.txt", """
            Guided kayaking opens at Lake Mervin
            A new outfitter offers guided kayaking on Lake Mervin from June.
            Each guided kayaking lesson will cost $80, the outfitter said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_price_of_another_thing_does_not_answer()
    {
        var answer = await Engine.AskAsync("Wie viel kostet ein Kilo Honig von Imkern aus Kelbach?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_sum_whose_passage_names_the_compounds_head_answers()
    {
        var answer = await Engine.AskAsync("Was hätte der Autotunnel am Marktplatz von Norbach nach Rechnung der Bürgerliste gekostet?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("43 Millionen Euro", answer.Text);
    }

    [Fact]
    public async Task A_place_after_the_priced_thing_is_not_what_is_priced()
    {
        // "on the Lake Mervin shore" says where; the priced thing is the kayaking, which the passage names (probe23-035's kind).
        var answer = await Engine.AskAsync("What will one lesson of guided kayaking on the Lake Mervin shore cost?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("$80", answer.Text);
    }
}
