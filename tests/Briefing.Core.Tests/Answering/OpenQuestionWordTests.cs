using System.Text.RegularExpressions;
using Briefing.Core.Answering;
using Xunit;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The kind of fact the question word of an open clause asks, decided once for <see cref="StatedUnknown"/> and
/// <see cref="OpenQuestion"/>: who/which a name, where a place, when a date, any other word (how much, wie viele) a number.
/// </summary>
public sealed class OpenQuestionWordTests
{
    private static readonly Regex Clause = new(@"unklar,\s+(?<wh>\w+(?:\s+\w+)?)\s+kommt|not\s+say\s+(?<wh>how\s+many|who|where|when)", RegexOptions.IgnoreCase);

    [Theory]
    [InlineData("He did not say who", AnswerType.Person, true)]
    [InlineData("He did not say who", AnswerType.Organisation, true)]
    [InlineData("He did not say who", AnswerType.Number, false)]
    [InlineData("Es ist unklar, Welchen kommt", AnswerType.Named, true)]
    [InlineData("He did not say where", AnswerType.Place, true)]
    [InlineData("He did not say when", AnswerType.Date, true)]
    [InlineData("He did not say when", AnswerType.Place, false)]
    // A question word of two words, however spaced, asks a figure.
    [InlineData("He did not say how \n many", AnswerType.Number, true)]
    [InlineData("Es ist unklar, wie viele kommt", AnswerType.Number, true)]
    [InlineData("Es ist unklar, wie viele kommt", AnswerType.Person, false)]
    public void The_question_word_of_an_open_clause_fits_its_kind_of_fact(string sentence, AnswerType expected, bool fits) =>
        Assert.Equal(fits, OpenQuestionWord.FitsKind(Clause.Match(sentence), expected));

    [Fact]
    public void No_clause_fits_no_kind()
    {
        Assert.False(OpenQuestionWord.FitsKind(Clause.Match("He said nothing."), AnswerType.Number));
        Assert.False(OpenQuestionWord.FitsKind(null, AnswerType.Number));
    }
}
