using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// Names German and English transliterate each their own way ("Temüjin" / "Temüdschin") are found across the
/// languages: retrieval and the question's detail check see the index's spelling.
/// </summary>
public sealed class NameTransliterationTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        wife /wˈaɪf/
        Ehefrau, Frau
        ---
        kidnap /kˈɪdnæp/
        entführen
        """;

    private const string GermanEnglish = """
        Ehefrau /ˈeːəˌfʁaʊ̯/
        wife
        """;

    public NameTransliterationTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/steppe.txt", """
            Der junge Khan
            Kurz nach der Hochzeit wurde Temüdschins erste Ehefrau Börte von den Merkiten entführt.
            Temüdschin befreite sie ein Jahr später mit Hilfe seines Blutsbruders.
            """);
        Folder.Write("news/hochzeit.txt", """
            Hochzeit in Ulm
            Die Ehefrau des Bürgermeisters wurde am Samstag in Ulm von Freunden entführt, ein alter Brauch.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Temüjin", "en", "Temüdschin")]
    [InlineData("Yeltsin", "en", "Jelzin")]
    [InlineData("Kazakhstan", "en", "Kasachstan")]
    [InlineData("Schostakowitsch", "de", "Shostakovich")]
    // English writes a long u of Arabic names "oo", German "u".
    [InlineData("Qaboos", "en", "Qabus")]
    public void The_other_languages_spelling_is_among_the_variants(string name, string language, string expected)
    {
        Assert.Contains(expected, NameTransliterations.Variants(name, language));
    }

    [Fact]
    public async Task An_english_question_about_a_name_finds_the_german_spelling()
    {
        var answer = await Engine.AskAsync("Who kidnapped Temüjin's first wife?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/steppe", answer.Citations[0].ArticleId);
        Assert.Contains("Merkiten", answer.Citations[0].Quote);
    }
}
