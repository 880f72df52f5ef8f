using Briefing.Core.Search.LuceneIndex;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class WordNormalizerTests
{
    [Theory]
    [InlineData("Präsident", "Praesident")]
    [InlineData("Württemberg", "Wuerttemberg")]
    [InlineData("Straße", "Strasse")]
    [InlineData("Öl", "Oel")]
    public void UmlautsAndTheirTranscriptionsFoldAlike(string umlaut, string transcribed)
    {
        Assert.Equal(WordNormalizer.Fold(umlaut), WordNormalizer.Fold(transcribed));
    }

    [Theory]
    [InlineData("Präsident")]
    [InlineData("Praesident")]
    [InlineData("Württemberg")]
    [InlineData("Verträge")]
    [InlineData("Bündnisses")]
    [InlineData("Straße")]
    [InlineData("Sturmflut")]
    [InlineData("blue")]
    [InlineData("queue")]
    [InlineData("Nordhafen")]
    public void FoldingAgreesWithTheGermanIndex(string word)
    {
        using var analyzers = new LanguageAnalyzers();

        // The index stems too; stemming the folded word must land on the index's term.
        var indexed = Assert.Single(analyzers.Analyze(word, "de"));
        Assert.Equal(indexed, WordNormalizer.Stem(WordNormalizer.Fold(word), "de"));
    }

    [Theory]
    [InlineData("Herstellers", "Hersteller")]
    [InlineData("Trainers", "Trainer")]
    [InlineData("Vaters", "Vater")]
    public void AnErNounsGenitiveMatchesItsNominativeInTheIndex(string genitive, string nominative)
    {
        using var analyzers = new LanguageAnalyzers();

        // Lucene's light stemmer alone keeps the s after r: "herstellers" never met the article's "herstell".
        Assert.Equal(Assert.Single(analyzers.Analyze(nominative, "de")), Assert.Single(analyzers.Analyze(genitive, "de")));
        Assert.Equal(WordNormalizer.Key(nominative, "de"), WordNormalizer.Key(genitive, "de"));
    }

    [Fact]
    public void AShortWordEndingInErsKeepsItsS()
    {
        using var analyzers = new LanguageAnalyzers();

        Assert.NotEqual(Assert.Single(analyzers.Analyze("Ver", "de")), Assert.Single(analyzers.Analyze("Vers", "de")));
    }

    [Theory]
    [InlineData("crossings", "en")]
    [InlineData("Merkel's", "en")]
    [InlineData("ferries", "en")]
    [InlineData("Sturmfluten", "de")]
    [InlineData("gegründeten", "de")]
    public void KeysAreTheIndexTerms(string word, string language)
    {
        using var analyzers = new LanguageAnalyzers();

        // A German verb form is also indexed as its infinitive ("gegründeten" → gründen), after its own term.
        Assert.Equal(analyzers.Analyze(word, language)[0], WordNormalizer.Key(word, language));
    }

    [Fact]
    public void AccentsAreStrippedAndFoldingIsCaseInsensitive()
    {
        Assert.Equal("erdogan", WordNormalizer.Fold("Erdoğan"));
        Assert.Equal("cafe", WordNormalizer.Fold("Café"));
        Assert.Equal(WordNormalizer.Fold("NORDHAFEN"), WordNormalizer.Fold("nordhafen"));
    }
}
