using System.Text.RegularExpressions;
using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The places ordinal words name (<see cref="RankPhrases.OrdinalValue"/>), which <see cref="RankHolders"/> compares across
/// languages: "Dritter" and "third" are both place 3. The values sit beside the regex constants, so every stem the
/// constants match must have one.
/// </summary>
public sealed class RankPhraseOrdinalValueTests
{
    [Theory]
    [InlineData("Dritter", 3)]
    [InlineData("elften", 11)]
    [InlineData("siebenten", 7)]
    [InlineData("drittplatzierte", 3)]
    [InlineData("third", 3)]
    [InlineData("twentieth", 20)]
    public void An_ordinal_word_names_its_place(string word, int place) => Assert.Equal(place, RankPhrases.OrdinalValue(word));

    [Theory]
    [InlineData("letzte")]
    [InlineData("last")]
    [InlineData("Dritt")]
    [InlineData("Drittel")]
    [InlineData("Viertklässler")]
    public void Other_words_name_no_place(string word) => Assert.Null(RankPhrases.OrdinalValue(word));

    [Fact]
    public void Every_German_stem_of_the_rank_patterns_has_a_place()
    {
        var stems = Regex.Match(RankPhrases.GermanOrdinalStem, @"^\((.*)\)$").Groups[1].Value.Split('|')
            .Where(stem => stem is not ("letzt" or "vorletzt"));

        Assert.All(stems, stem => Assert.NotNull(RankPhrases.OrdinalValue(stem + "e")));
    }
}
