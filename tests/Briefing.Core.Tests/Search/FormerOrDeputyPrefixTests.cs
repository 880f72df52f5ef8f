using Briefing.Core.Search;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// "Welcher frühere ÖVP-Obmann …?" over "Altparteichef Erhard Busek …", "Bei welchem früheren Anwalt …?" over "bei
/// Meischbergers Exanwalt Gerald Toifl": a former or deputy prefix (Ex-, Alt-, Vize-) is shorter than any compound part,
/// yet the compound is still a kind of its head, and the sentence that says it shows the asker's noun.
/// </summary>
public sealed class FormerOrDeputyPrefixTests
{
    /// <summary>Lower-cased words as the analyser leaves them; every word is an indexed word.</summary>
    private sealed class WordStatistics : ITermStatistics
    {
        public IReadOnlyList<string> AnalyzeTerms(string text, string language) =>
            text.Split([' ', ',', '.', '?'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();

        public double InverseDocumentFrequency(string term, string language) => 1.0;

        public int DocumentFrequency(string term, string language) => 1;
    }

    private static double Coverage(string question, params string[] sentence) =>
        QuestionTerms.For(question, "de", new WordStatistics()).Coverage(new HashSet<string>(sentence, StringComparer.Ordinal));

    [Theory]
    [InlineData("exanwalt")]
    [InlineData("altanwalt")]
    [InlineData("vizeanwalt")]
    public void A_former_or_deputy_compound_shows_its_head(string compound)
    {
        const string question = "Bei welchem Anwalt wurden die Daten gefunden?";

        Assert.True(Coverage(question, "bei", compound, "gerald", "toifl") > Coverage(question, "bei", "gerald", "toifl"));
    }

    [Fact]
    public void Another_short_prefix_does_not_make_a_compound()
    {
        // "Unwalt" is no kind of "walt": only the role prefixes keep a head shorter compounds could not.
        const string question = "Wo steht der Walt?";

        Assert.Equal(Coverage(question, "steht"), Coverage(question, "unwalt", "steht"), 6);
    }

    [Fact]
    public void The_prefix_is_checked_as_a_whole_word_part()
    {
        Assert.True(QuestionTerms.IsCompoundHead("parteichef", "altparteichef"));
        Assert.False(QuestionTerms.IsCompoundHead("parteichef", "ltparteichef"));
    }
}
