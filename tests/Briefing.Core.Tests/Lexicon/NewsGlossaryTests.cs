using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// News vocabulary FreeDict lacks or lists only by a rarer sense (<see cref="NewsGlossary"/>): a player's "caps" are his
/// "Länderspiele", a match's "crowd" its "Zuschauer", a firm's "Umsatz" its "revenue", a "Handy" a "mobile", "the Greens"
/// "die Grünen", "Moldova" "Moldau". The test dictionaries list these words as FreeDict does (only the rare senses).
/// </summary>
public sealed class NewsGlossaryTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        caps /kˈaps/
        Kappen <pl>, Mützen <pl>, Großbuchstaben <pl>
        ---
        crowd /kɹˈaʊd/
        Chrotta <fem>, Menge <fem>
        ---
        revenue /ɹˈɛvənjˌuː/
        Einkommen <neut>, Revenue <fem>
        ---
        final /fˈaɪnəl/
        Finale <neut>
        ---
        leads /lˈiːdz/
        Hauptrollen <pl>, Leinen <pl>
        ---
        parliament /pˈɑːləmənt/
        Parlament <neut>
        """;

    private const string GermanEnglish = """
        Umsatz /ˈʊmzˌats/ <masc>
        transaction, conversion
        ---
        Zuschauer /tsuːʃˈaʊɜ/ <masc>
        observer
        ---
        Länderspiel /lˈɛndɜʃpˌiːl/ <neut>
        international match
        ---
        Finale /fiˈnaːlə/ <neut>
        final
        ---
        Notenbank /nˈoːtənbˌaŋk/ <fem>
        issuing bank, bank of issue
        """;

    public NewsGlossaryTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/finale.txt", """
            Nordhafen gewinnt das Pokalfinale
            Vor mehr als 38.000 Zuschauern gewann Nordhafen das Finale gegen Südholm mit 2:1.
            Kapitän Jonas Brenner bestritt damit sein 61. Länderspiel im Stadion seiner Heimatstadt.
            """);
        Folder.Write("news/gruene.txt", """
            Grüne im Landtag von Nordmark
            Die Grünen im Landtag von Nordmark werden von Klubobfrau Ilse Marwitz geführt.
            """);
        Folder.Write("news/urheberrecht.txt", """
            Kürzere Schutzfrist gefordert
            Die EU-Parlamentarierin Ilse Berg (Piraten) will die Schutzfrist des Urheberrechts verkürzen.
            """);
        Folder.Write("news/moldau.txt", """
            Neuer Teamchef für Moldau
            Der Fußballverband der Republik Moldau hat Ion Vrabie als Teamchef vorgestellt.
            """);
        Folder.Write("news/shipyard.txt", """
            Shipyard revenue falls
            Nordhafen Shipyards said its revenue fell to £210m last year as orders from ferry operators dried up.
            The firm's mobile crane unit was sold in March.
            """);
        Folder.Write("news/centralbank.txt", """
            Nordmark central bank governor to step down
            The governor of Nordmark's central bank, Ivo Sand, will leave office on 16 January after eight years.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public void A_notenbank_is_a_central_bank()
    {
        // FreeDict has only "issuing bank" and "bank of issue", which no English report of a central bank writes.
        var expansions = Expander.Expand("Wann hört der Chef der Notenbank von Nordmark auf?", "de");
        Assert.Contains(expansions, e => e.Text == "central bank" && e.Language == "en" && e.Group == "de:Notenbank");
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void Members_of_parliament_written_as_an_acronym_are_no_place()
    {
        // The glossary gives "Abgeordnete" the English "MEPs": a capitalised translation, as places have ("Moldau" →
        // "Moldova"), which made "speaking to MPs" answer "Where did she speak?".
        Assert.False(Expander.IsPlaceName("MPs", "en"));
        Assert.False(Expander.IsPlaceName("Abgeordnete", "de"));
        Assert.False(Expander.IsPlaceName("Abgeordneter", "de"));
        Assert.True(Expander.IsPlaceName("Moldau", "de"));
    }

    [Fact]
    public void A_member_of_the_european_parliament_is_an_eu_parlamentarier()
    {
        // FreeDict reads "MEP" as mechanical, electrical, plumbing; German reports write "EU-Parlamentarierin Julia Reda (Piraten)".
        var expansions = Expander.Expand("What does the Pirate Party MEP want for copyright?", "en");
        Assert.Contains(expansions, e => e.Text == "EU-Parlamentarier" && e.Group == "en:MEP");
    }

    [Fact]
    public void A_players_caps_are_his_international_matches()
    {
        var expansions = Expander.Expand("How many caps does the captain of Nordhafen have?", "en");
        Assert.Contains(expansions, e => e.Text == "Länderspiele" && e.Language == "de" && e.Group == "en:caps");
    }

    [Fact]
    public void A_firms_umsatz_is_its_revenue()
    {
        var expansions = Expander.Expand("Wie hoch war der Umsatz der Werft Nordhafen Shipyards?", "de");
        Assert.Contains(expansions, e => e.Text == "revenue" && e.Language == "en" && e.Group == "de:Umsatz");
    }

    [Fact]
    public void A_handy_is_a_mobile()
    {
        var expansions = Expander.Expand("Welche Handy-Sparte hat Nordhafen Shipyards verkauft?", "de");
        Assert.Contains(expansions, e => e.Text == "mobile" && e.Language == "en");
    }

    [Fact]
    public void Moldova_is_moldau()
    {
        var expansions = Expander.Expand("Who is the new coach of Moldova?", "en");
        Assert.Contains(expansions, e => e.Text == "Moldau" && e.Group == "en:Moldova");
        Assert.Contains(expansions, e => e.Text == "Teamchef" && e.Group == "en:coach");
    }

    [Fact]
    public void The_crowd_of_a_match_is_its_spectators()
    {
        var expansions = Expander.Expand("How big was the crowd when Nordhafen won the final against Südholm?", "en");
        Assert.Contains(expansions, e => e.Text == "Zuschauer" && e.Language == "de" && e.Group == "en:crowd");
    }

    [Fact]
    public async Task The_greens_are_die_gruenen()
    {
        var answer = await Engine.AskAsync("Who leads the Greens in the Nordmark parliament?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Ilse Marwitz", answer.Text);
    }
}
