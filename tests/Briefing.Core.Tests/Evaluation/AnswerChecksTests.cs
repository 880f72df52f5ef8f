using Briefing.Core.Answering;
using Briefing.Core.Evaluation;

namespace Briefing.Core.Tests.Evaluation;

public sealed class AnswerChecksTests
{
    private static Answer Make(string text, string language = "de", params string[] quotes) => new()
    {
        Question = "?",
        Language = language,
        Abstained = false,
        Text = text,
        Citations = quotes.Select((q, i) => new Citation(i + 1, "a", "t", null, null, null, "a#p0", q)).ToList(),
        Generator = "extractive",
    };

    [Theory]
    [InlineData("Die SCO wurde 2001 gegründet. [1]", "2001", true)]
    [InlineData("Sie heißt  Shanghai\nOrganisation [1]", "shanghai organisation", true)]
    [InlineData("Die SCO wurde 2001 gegründet. [1]", "1996", false)]
    [InlineData("Das war im Jahr 20[1]01.", "2001", false)]
    public void Answer_hit_ignores_case_and_white_space_but_not_markers(string text, string gold, bool expected)
    {
        Assert.Equal(expected, AnswerChecks.AnswerHit(Make(text), [gold]));
    }

    [Fact]
    public void An_abstention_never_hits()
    {
        var answer = Make("Dazu finde ich nichts, 2001.") with { Abstained = true };
        Assert.False(AnswerChecks.AnswerHit(answer, ["2001"]));
    }

    [Fact]
    public void Verbatim_quotes_in_the_article_language_are_not_a_wrong_language_answer()
    {
        const string quote = "Die SCO wurde 2001 von China und Russland gegründet.";
        var answer = Make($"From the articles (quoted in their original language): {quote} [1]", "en", quote);
        Assert.False(AnswerChecks.WrongLanguage(answer, "en"));
    }

    [Fact]
    public void Own_words_in_another_language_are_a_wrong_language_answer()
    {
        const string quote = "The SCO was founded in 2001.";
        var answer = Make($"Die Organisation wurde nach den Angaben des Artikels im Jahr 2001 gegründet, sagt er. {quote} [1]", "de", quote);
        Assert.False(AnswerChecks.WrongLanguage(answer, "de"));
        Assert.True(AnswerChecks.WrongLanguage(answer with { Language = "en" }, "de"));
        var english = Make($"The organisation was founded in 2001 and it is said that the year was when it began. {quote} [1]", "de", quote);
        Assert.True(AnswerChecks.WrongLanguage(english, "de"));
    }
}
