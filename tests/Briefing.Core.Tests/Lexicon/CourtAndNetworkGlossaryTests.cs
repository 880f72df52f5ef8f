using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// News words FreeDict renders only by a prefix or another sense (<see cref="NewsGlossary"/>): "supreme" is "höchst…",
/// which no article writes, so a country's "Supreme Court" never met its "Oberster Gerichtshof"; "Staatsanwalt" is
/// "Solicitor", never the prosecutor English reports name; "WLAN" has no entry, and English reports say "Wi-fi"; "Schüler" is a "pupil", where English reports write "students". The
/// test dictionary lists them as FreeDict does.
/// </summary>
public sealed class CourtAndNetworkGlossaryTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        supreme /suːpɹˈiːm/
        höchst…
        ---
        court /kˈɔːt/
        Gericht <neut>, Gerichtshof <masc>
        """;

    private const string GermanEnglish = """
        Staatsanwalt /ʃtaːtsˈanvalt/ <masc>
        Solicitor
        ---
        Bauer /ˈbaʊ̯ɐ/ <masc>
        farmer
        """;

    public CourtAndNetworkGlossaryTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/gericht.txt", """
            Urteil in Varnia
            Der Oberste Gerichtshof von Varnia hat das Verbot aufgehoben.
            """);
        Folder.Write("news/charges.txt", """
            Suppliers charged
            The prosecutor said he expects the nine suppliers of Nordmart to plead guilty.
            """);
        Folder.Write("news/wifi.txt", """
            Wi-fi reaches farmers
            A Wi-fi network now links farmers in the valleys of Varnia.
            Some 18,000 students in the region will also benefit from it.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void The_Supreme_Court_is_the_Oberster_Gerichtshof()
    {
        var expansions = Expander.Expand("What did the Supreme Court of Varnia decide?", "en");
        Assert.Contains(expansions, e => e.Language == "de" && e.Text.Contains("Oberster", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Staatsanwalt_is_a_prosecutor()
    {
        var expansions = Expander.Expand("Welcher Staatsanwalt erhob die Anklage?", "de");
        Assert.Contains(expansions, e => e.Text == "prosecutor" && e.Language == "en" && e.Group == "de:Staatsanwalt");
    }

    [Fact]
    public void WLAN_is_Wi_fi()
    {
        var expansions = Expander.Expand("Wie viele Bauern nutzen das WLAN?", "de");
        Assert.Contains(expansions, e => e.Text == "Wi-fi" && e.Language == "en" && e.Group == "de:WLAN");
    }

    [Fact]
    public void Schueler_are_students()
    {
        var expansions = Expander.Expand("Wie viele Schüler nutzen das WLAN?", "de");
        Assert.Contains(expansions, e => e.Text == "students" && e.Language == "en" && e.Group == "de:Schüler");
    }

    [Fact]
    public async Task An_english_question_on_the_Supreme_Court_finds_the_german_report_of_it()
    {
        var answer = await Engine.AskAsync("What did the Supreme Court of Varnia lift?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Oberste Gerichtshof", answer.Citations[0].Quote);
    }
}
