using Briefing.Core.Lexicon;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A loanword the dictionary lacks is found in the other language's spelling ("categories" / "Kategorien"): the
/// question's most specific word is otherwise invisible to the other language's articles.
/// </summary>
public sealed class CognateTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        prize /pɹˈaɪz/
        Preis
        ---
        award /əwˈɔːd/
        vergeben, verleihen
        """;

    private const string GermanEnglish = """
        Preis /pʁaɪ̯s/
        prize, price
        """;

    public CognateTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/filmpreis.txt", """
            Filmpreis in Linz
            Die Akademie vergab den Preis in sieben Kategorien an junge Regisseure.
            """);
        Folder.Write("news/brot.txt", """
            Brot wird teurer
            Der Preis für Brot stieg im Mai um zehn Prozent, sagte der Verband der Bäcker.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Solidarität", "de", "solidarity")]
    [InlineData("Kategorien", "de", "category")]
    [InlineData("Kommission", "de", "commission")]
    [InlineData("Präsident", "de", "president")]
    [InlineData("elektronisch", "de", "electronic")]
    [InlineData("Kabinett", "de", "cabinet")]
    [InlineData("solidarity", "en", "solidarität")]
    [InlineData("categories", "en", "kategorie")]
    [InlineData("medicine", "en", "medizin")]
    [InlineData("cabinet", "en", "kabinett")]
    [InlineData("strategy", "en", "strategie")]
    public void The_other_languages_spelling_is_among_the_spellings(string word, string language, string expected)
    {
        Assert.Contains(expected, Cognates.Spellings(word, language));
    }

    [Theory]
    [InlineData("Rat", "de")]
    [InlineData("Gift", "de")]
    [InlineData("party", "en")]
    public void A_short_word_has_no_spellings(string word, string language)
    {
        Assert.Empty(Cognates.Spellings(word, language));
    }

    [Fact]
    public async Task An_english_question_finds_the_german_spelling_of_a_loanword()
    {
        var answer = await Engine.AskAsync("In how many categories was the prize awarded?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/filmpreis", answer.Citations[0].ArticleId);
        Assert.Contains("sieben", answer.Text);
    }
}
