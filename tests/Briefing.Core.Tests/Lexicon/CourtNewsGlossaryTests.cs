using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// The words of court and insolvency reports that FreeDict renders only by other senses (<see cref="NewsGlossary"/>): a
/// "Klage" is a complaint or libel there, never a lawsuit; "Gläubigerschutz" only "protection of creditors"; "abwickeln"
/// a winding up, not the calls a firm handles. The test dictionary lists them as FreeDict does.
/// </summary>
public sealed class CourtNewsGlossaryTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        complaint /kəmplˈeɪnt/
        Beschwerde <fem>, Klage <fem>
        """;

    private const string GermanEnglish = """
        Klage /klˈɑːɡə/ <fem, n, sg>
        complaint, libel, lament
        ---
        Gläubigerschutz /ɡlˈɔøbɪɡɜʃˌʊts/ <masc>
        protection of creditors
        ---
        abwickeln /ˈapvɪkəln/ <verb>
        phase out, wind up
        ---
        Anrufe /ˈanʁuːfə/ <pl>
        calls
        ---
        Tag /tˈɑːk/ <masc>
        day
        """;

    public CourtNewsGlossaryTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/carrier.txt", """
            Nordair files for bankruptcy protection
            The airline Nordair has filed for bankruptcy protection in a court in Delaware after talks with its lenders failed.
            """);
        Folder.Write("news/lawsuit.txt", """
            Shipyard faces lawsuit
            Ferry operator Baltlink has filed a lawsuit against Nordhafen Shipyards over the late delivery of two ferries.
            """);
        Folder.Write("news/calls.txt", """
            Call centre grows
            The Nordtel call centre in Kestrel Bay handles about 40,000 calls a day, the firm said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void Glaeubigerschutz_is_bankruptcy_protection()
    {
        var expansions = Expander.Expand("Wo hat Nordair Gläubigerschutz beantragt?", "de");
        Assert.Contains(expansions, e => e.Text == "bankruptcy protection" && e.Language == "en" && e.Group == "de:Gläubigerschutz");
    }

    [Fact]
    public void A_klage_is_a_lawsuit()
    {
        var expansions = Expander.Expand("Wer hat die Klage gegen die Werft Nordhafen Shipyards eingereicht?", "de");
        Assert.Contains(expansions, e => e.Text == "lawsuit" && e.Language == "en" && e.Group == "de:Klage");
    }

    [Fact]
    public async Task The_calls_a_firm_wickelt_ab_are_the_calls_it_handles()
    {
        var expansions = Expander.Expand("Wie viele Anrufe wickelt Nordtel am Tag ab?", "de");
        Assert.Contains(expansions, e => e.Text == "handle" && e.Language == "en");
        var answer = await Engine.AskAsync("Wie viele Anrufe wickelt Nordtel am Tag ab?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("40,000", answer.Text);
    }
}
