using Briefing.Core.Answering;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class MonthNamesTests
{
    [Fact]
    public void EveryMonthWrittenOutIsADateWordAndAMonth()
    {
        foreach (var month in MonthNames.German.Concat(MonthNames.English))
        {
            var capitalised = char.ToUpperInvariant(month[0]) + month[1..];
            Assert.True(DateWords.IsMonth(capitalised), month);
            Assert.True(DateWords.Dates(capitalised), month);
        }
    }

    [Theory]
    [InlineData("Okt")]
    [InlineData("Sept")]
    [InlineData("Dec")]
    public void ShortFormsDate(string word) => Assert.True(DateWords.Contains(word));

    /// <summary>English "mar" is also the verb; a short form has no capital to tell them apart.</summary>
    [Fact]
    public void MarIsNoDateWord() => Assert.False(DateWords.Contains("mar"));

    [Theory]
    [InlineData("Die Saison beginnt am 15. Jänner in Wien.", 1)]
    [InlineData("The vote was held on November 28. The result came a day later.", 2)]
    [InlineData("Prices peaked in Sept. 2019 and fell.", 1)]
    public void TheSplitterReadsTheSameMonths(string text, int sentences) =>
        Assert.Equal(sentences, SentenceSplitter.Split(text).Count);
}
