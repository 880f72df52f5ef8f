using Briefing.Core.Search;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// An English question names a company with a possessive ("Vexor's smart lock"); the one article about it is German
/// ("das Smartlock von Vexor"). The English analyser drops the "'s", the German one kept it ("vexor's"), so the name
/// matched no German passage and the article was not retrieved at all.
/// </summary>
public sealed class PossessiveNameAcrossLanguagesTests : InventedArticlesTest
{
    public PossessiveNameAcrossLanguagesTests()
    {
        Folder.Write("news/vexor.txt", """
            Schloss ohne Batterie
            Das neue Smartlock von Vexor holt sich die Energie vom Smartphone und soll im vierten Quartal erscheinen.
            """);
        Folder.Write("news/bahn.txt", """
            Neue Züge für Nordhafen
            Die Bahn in Nordhafen bekommt im Herbst zwölf neue Züge für die Strecke nach Südholm.
            """);
        Folder.Write("news/garden.txt", """
            Garden show opens
            The garden show in Southport opened on Friday with a new lock on the canal as its centrepiece.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public void A_possessive_name_finds_the_german_article_that_writes_the_name()
    {
        var hits = Engine.Index.Search(new SearchRequest("When is Vexor's battery-free smart lock supposed to come out?", "en", 3));
        Assert.NotEmpty(hits);
        Assert.Contains("vexor", hits[0].Passage.ArticleId, StringComparison.Ordinal);
    }
}
