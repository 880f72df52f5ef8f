using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Die Zahl der COVID-19-Fälle stieg.", "COVID-19-Fälle")]
    [InlineData("Cases of COVID-19 rose.", "COVID-19")]
    [InlineData("Das Wachstum lag bei 3,5 Prozent.", "3,5")]
    [InlineData("The U.S. economy grew.", "U.S.")]
    [InlineData("Baden-Württemberg wählt.", "Baden-Württemberg")]
    [InlineData("Rund 1.000.000 Menschen kamen.", "1.000.000")]
    [InlineData("Merkel's visit ended.", "Merkel's")]
    public void KeepsCompoundsNumbersAndAbbreviationsWhole(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        var token = Assert.Single(tokens, t => t.Text == expected);
        Assert.Equal(expected, text.Substring(token.Start, token.Text.Length));
    }

    [Fact]
    public void SplitsWordsAtSpacesAndPunctuationWithOffsetsKindsAndSentenceStarts()
    {
        var tokens = Tokenizer.Tokenize("Er kam 2026 an. Dann ging Olaf Scholz (SPD) – schnell.");

        Assert.Equal(["Er", "kam", "2026", "an", "Dann", "ging", "Olaf", "Scholz", "SPD", "schnell"], tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Number, tokens[2].Kind);
        Assert.Equal(7, tokens[2].Start);
        Assert.True(tokens[0].StartsSentence);
        Assert.True(tokens[4].StartsSentence);
        Assert.False(tokens[6].StartsSentence);
        Assert.True(tokens[6].IsNameLike);
        Assert.False(tokens[4].IsNameLike);
        Assert.True(tokens[8].IsAcronym);
    }

    [Fact]
    public void SentenceEndDotIsNotPartOfANumberOrWord()
    {
        var tokens = Tokenizer.Tokenize("Sie wurde 2001 gegründet. Im Jahr 2002.");

        Assert.Contains(tokens, t => t.Text == "gegründet");
        Assert.Contains(tokens, t => t.Text == "2001");
        Assert.Equal("2002", tokens[^1].Text);
        Assert.True(tokens.Single(t => t.Text == "Im").StartsSentence);
    }

    [Fact]
    public void PartsAreTheIndexPiecesOfAHyphenatedToken()
    {
        var token = Tokenizer.Tokenize("Gegen COVID-19 half nichts.")[1];

        var parts = token.Parts().ToList();

        Assert.Equal(["COVID", "19"], parts.Select(p => p.Text));
        Assert.Equal([TokenKind.Word, TokenKind.Number], parts.Select(p => p.Kind));
        Assert.Equal(12, parts[1].Start);
    }

    [Theory]
    [InlineData("The U.S. economy grew. It rose.", 1)]
    [InlineData("The U.S. economy grew. It rose.", 3)]
    [InlineData("Er kam 2026 an. Dann ging Olaf Scholz (SPD) – schnell.", 5)]
    [InlineData("Zwei Wörter", 3)]
    [InlineData("", 2)]
    public void FirstTokensAreTheOpeningOfTheWholeCut(string text, int count)
    {
        Assert.Equal(Tokenizer.Tokenize(text).Take(count), Tokenizer.FirstTokens(text, count));
    }

    [Fact]
    public void LetterRunsOverASpanAreTheRunsOfTheText()
    {
        const string text = "In the U.K.'s capital, COVID-19 fell";

        var runs = new List<(int, string)>();
        foreach (var run in Tokenizer.EnumerateLetterRuns(text.AsSpan(3))) runs.Add((run.Index + 3, text.Substring(run.Index + 3, run.Length)));

        Assert.Equal(Tokenizer.LetterRuns(text, 3).Select(m => (m.Index, m.Value)), runs);
    }

    [Fact]
    public void EmptyOrPunctuationOnlyTextHasNoTokens()
    {
        Assert.Empty(Tokenizer.Tokenize(null));
        Assert.Empty(Tokenizer.Tokenize(" -- ?! "));
    }
}
