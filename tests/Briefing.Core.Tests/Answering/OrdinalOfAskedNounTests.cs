using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Der wievielte Sieg in Serie war das 4:1?" is answered by "feierte den zwölften Sieg hintereinander", "Die wievielte
/// Streikwelle …?" by "der 13. Streikwelle": the article writes the ordinal before the asked noun. The rank phrases read
/// an ordinal only after a verb of placing or beside a noun of rank, so the sentence held no rank and the bot abstained
/// (issue 10, false abstentions on "wievielte" questions). An ordinal before another noun is no answer.
/// </summary>
public sealed class OrdinalOfAskedNounTests : InventedArticlesTest
{
    public OrdinalOfAskedNounTests()
    {
        Folder.Write("news/falken.txt", """
            Falken gewinnen in Kellburg
            Die Eishockeyspieler der Falken haben am Dienstag in Kellburg mit 5:2 gewonnen.
            Die Mannschaft von Trainer Ostrow feierte damit den neunten Sieg in Serie.
            """);
        Folder.Write("news/lotsen.txt", """
            Gericht stoppt Streik der Lotsen in Marnhafen
            Das Arbeitsgericht in Marnhafen hat den Streik der Lotsen am Mittwoch untersagt.
            Die Lotsen hatten für den zweiten Tag der Streikwelle ihre Arbeit niedergelegt.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_ordinal_before_the_asked_noun_is_the_place_in_the_series()
    {
        var answer = await Engine.AskAsync("Der wievielte Sieg in Serie war das 5:2 der Falken in Kellburg?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("neunten Sieg", answer.Text);
    }

    [Fact]
    public async Task An_ordinal_before_another_noun_tells_no_place_of_the_asked_series()
    {
        // "den zweiten Tag der Streikwelle" numbers the day, not the strike wave.
        var answer = await Engine.AskAsync("Die wievielte Streikwelle der Lotsen in Marnhafen hat das Gericht gestoppt?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Theory]
    [InlineData("Der wievielte Sieg in Serie war das?", "Sieg")]
    [InlineData("Das wievielte Premier-League-Tor der Saison war es?", "Premier-League-Tor")]
    [InlineData("Als wievielter Ausländer wurde er Fußballer des Jahres?", "Ausländer")]
    [InlineData("Zum wievielten Mal hat er gewonnen?", null)]
    [InlineData("Wie viele Siege hat er gefeiert?", null)]
    public void The_asked_noun_follows_wievielte(string question, string? noun) =>
        Assert.Equal(noun, OrdinalOfAskedNoun.AskedNoun(question));

    [Theory]
    [InlineData("Für Kohlschreiber war es der insgesamt sechste Tour-Titel.", "Titel", "sechste tour-titel")]
    [InlineData("den zweiten Tag der 13. Streikwelle seit eineinhalb Jahren", "Streikwelle", "13. streikwelle")]
    [InlineData("It was the 50th consecutive quarter of growth.", "quarter", "50th quarter")]
    [InlineData("Es war das achte Quartal in Folge mit Wachstum.", "Quartal", "achte quartal")]
    public void An_ordinal_numbers_the_asked_noun_or_a_compound_it_heads(string sentence, string noun, string key) =>
        Assert.Contains(key, OrdinalOfAskedNoun.In(sentence, [noun]));

    [Theory]
    [InlineData("Er feierte zum zweiten Mal einen Sieg.", "Sieg")]
    [InlineData("Es war der letzte Sieg der Saison.", "Sieg")]
    [InlineData("Der dritte Motor fiel aus.", "Tor")]
    [InlineData("Das zweite Tor ist ihm gelungen.", "Premier-League-Tor")]
    [InlineData("GDP rose by 0.8% in the fourth quarter.", "quarter")]
    [InlineData("Er war der fünfte Spieler, der verletzt ausfiel.", "Spiel")]
    public void An_ordinal_of_another_noun_or_the_last_one_numbers_nothing_asked(string sentence, string noun) =>
        Assert.Empty(OrdinalOfAskedNoun.In(sentence, [noun]));
}
