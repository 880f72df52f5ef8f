using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// Words that place a time relative to now ("letzten Monat", "im vergangenen Jahr", "next week") are generic, as
/// "last" is: the dictionary lists other senses first ("letzte" → ultimate, final; "vergangen" → bygone, elapsed;
/// "next" → kommend, nächstgelegen), which matched unrelated articles and no report of last month.
/// </summary>
public sealed class RelativeTimeWordTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        next /nˈɛkst/
        nächstgelegen, kommend
        ---
        strike /stɹˈaɪk/
        Streik <masc>
        """;

    private const string GermanEnglish = """
        letzte /lˈɛtstə/ <adj>
        ultimate, final, last
        ---
        vergangen /fɛɾɡˈaŋən/ <adj>
        bygone, elapsed
        ---
        Streik /ʃtʁaɪ̯k/ <masc>
        strike
        """;

    public RelativeTimeWordTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/final.txt", """
            Cup final ends in a draw
            The ultimate test of the season, the cup final, ended in a draw; the bygone days of easy wins are over, last year's champion said. A strike of the stadium staff was called off.
            """);
        Folder.Write("news/streik.txt", """
            Streik bei der Bahn
            Die Gewerkschaft kündigte einen Streik für die kommende Woche an; der nächstgelegene Bahnhof bleibt geschlossen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => Engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Theory]
    [InlineData("Wie lange dauerte der Streik im letzten Monat?")]
    [InlineData("Wie lange dauerte der Streik im vergangenen Jahr?")]
    public void A_german_relative_time_word_is_not_translated_into_another_sense(string question)
    {
        var expansions = Expander.Expand(question, "de");

        Assert.DoesNotContain(expansions, e => e.Text is "ultimate" or "final" or "bygone" or "elapsed");
        Assert.Contains(expansions, e => e.Text == "strike");
    }

    [Fact]
    public void An_english_relative_time_word_is_not_translated_into_another_sense()
    {
        var expansions = Expander.Expand("Will the strike go ahead next week?", "en");

        Assert.DoesNotContain(expansions, e => e.Text is "nächstgelegen" or "kommend");
        Assert.Contains(expansions, e => e.Text == "Streik");
    }
}
