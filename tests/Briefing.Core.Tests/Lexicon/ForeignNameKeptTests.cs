using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A German organisation named by a word the English dictionary lists ("Zeitgeist" → "Zeitströmung"), asked about in
/// English: in a mixed index the German articles write it as typed and the English ones never do, so it is a name
/// there, kept whole. Translated, it searched for the dictionary's sense. All articles are invented.
/// </summary>
public sealed class ForeignNameKeptTests : IDisposable
{
    private const string EnglishGerman = """
        zeitgeist /tsˈaɪtɡaɪst/
        Zeitströmung <fem>
        ---
        charity /tʃˈæɹɪti/
        Wohltätigkeitsorganisation <fem>, Verein <masc>
        ---
        youth /jˈuːθ/
        Jugend <fem>
        ---
        runs /ɹˈʌnz/
        leitet
        ---
        Vienna /viˈɛnə/
        Wien <neut>
        """;

    private const string GermanEnglish = """
        Verein /fɛɐˈʔaɪn/ <masc>
        association, club
        ---
        Jugend /ˈjuːɡn̩t/ <fem>
        youth
        """;

    private readonly TempFolder _folder = new();
    private readonly EngineFixture _engine;

    public ForeignNameKeptTests()
    {
        _engine = EngineFixture.WithDictionaries(_folder, EnglishGerman, GermanEnglish);
        _folder.Write("news/zeitgeist.txt", """
            Jugendverein Zeitgeist mit neuer Obfrau
            Wien. Der Verein Zeitgeist, der Jugendliche in Favoriten betreut, wird künftig von Sabine Ortner geleitet.
            """);
        _folder.Write("news/mode.txt", """
            Neue Zeitströmung in der Mode
            Die Jugend trägt wieder Schlaghosen: Designer sehen eine neue Zeitströmung, der Verein der Modehändler jubelt.
            """);
        for (var i = 0; i < 3; i++)
        {
            _folder.Write($"news/charity-{i}.txt", $"""
                Youth charity report {i + 1}
                A youth charity in Leeds said {i + 40} volunteers helped this winter.
                """);
        }
        _engine.IngestAsync(_folder.Combine("news")).GetAwaiter().GetResult();
    }

    private LexiconQueryExpander Expander => _engine.Services.GetRequiredService<LexiconQueryExpander>();

    [Fact]
    public void A_listed_word_only_the_other_languages_articles_write_is_not_translated()
    {
        var expansions = Expander.Expand("Who runs Zeitgeist, the youth charity in Vienna?", "en");

        Assert.DoesNotContain(expansions, e => e.Group == "en:Zeitgeist");
        Assert.Contains(expansions, e => e.Text == "Jugend");
    }

    [Fact]
    public async Task The_article_naming_the_organisation_answers()
    {
        var answer = await _engine.AskAsync("Who runs Zeitgeist, the youth charity in Vienna?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/zeitgeist", answer.Citations[0].ArticleId);
        Assert.Contains("Sabine Ortner", answer.Text);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }
}
