using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

/// <summary>
/// A plural scale alone or a fraction says an order or a share, no count ("Tausende Nationalisten", "die Hälfte der
/// Führungskräfte"); a figure written as a word ("zwei", "hundert", "dozen") is a count as "17" is. The lead of a
/// how-many answer is chosen by this reading (CountOrShareLeadTests).
/// </summary>
public sealed class VagueCountWordsTests
{
    [Theory]
    [InlineData("Tausende")]
    [InlineData("hunderte")]
    [InlineData("millions")]
    [InlineData("Hälfte")]
    [InlineData("drittel")]
    [InlineData("half")]
    [InlineData("third")]
    public void SaysNoCount(string word) => Assert.True(NumberWords.IsVagueCount(word), word);

    [Theory]
    [InlineData("zwei")]
    [InlineData("hundert")]
    [InlineData("thousand")]
    [InlineData("dozen")]
    [InlineData("vierzig")]
    [InlineData("6000")]
    public void CountsAFigure(string word) => Assert.False(NumberWords.IsVagueCount(word), word);

    /// <summary>Fractions stay number words: "ein Drittel der Stimmen" still holds a figure for a share question.</summary>
    [Theory]
    [InlineData("Hälfte")]
    [InlineData("quarter")]
    public void FractionsAreStillNumberWords(string word) => Assert.True(NumberWords.Is(word), word);
}
