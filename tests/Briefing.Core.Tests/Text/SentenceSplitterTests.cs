using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Es gibt viele Gründe, z. B. die Kosten. Danach wurde abgestimmt.", "Es gibt viele Gründe, z. B. die Kosten.")]
    [InlineData("Dr. Müller sprach zuerst. Dann folgte Prof. Schmidt.", "Dr. Müller sprach zuerst.")]
    [InlineData("Der Zug Nr. 5 fiel aus. Reisende warteten.", "Der Zug Nr. 5 fiel aus.")]
    [InlineData("Am 15. Juli 2014 gewann Deutschland. Das Land feierte.", "Am 15. Juli 2014 gewann Deutschland.")]
    [InlineData("Sie belegte den 3. Platz. Das war knapp.", "Sie belegte den 3. Platz.")]
    [InlineData("Die Firma meldete 5 Mio. Euro Verlust. Das ist viel.", "Die Firma meldete 5 Mio. Euro Verlust.")]
    [InlineData("Mr. Smith went to Washington. He met the press.", "Mr. Smith went to Washington.")]
    [InlineData("The U.S. Senate voted on Tuesday. The bill passed.", "The U.S. Senate voted on Tuesday.")]
    [InlineData("It was founded by J. R. Tolkien fans. Many joined.", "It was founded by J. R. Tolkien fans.")]
    [InlineData("Das Spiel endete um 20.30 Uhr. Danach war Ruhe.", "Das Spiel endete um 20.30 Uhr.")]
    [InlineData("He lives at No. 10 Downing Street. It is old.", "He lives at No. 10 Downing Street.")]
    [InlineData("Das regelt Art. 5 GG. Mehr nicht.", "Das regelt Art. 5 GG.")]
    [InlineData("Gestern begann der 2. Weltkrieg-Gedenktag. Viele kamen.", "Gestern begann der 2. Weltkrieg-Gedenktag.")]
    [InlineData("The storm hit on November 28. Two freighters sank.", "The storm hit on November 28.")]
    [InlineData("Talks end on Nov. 3. Ministers will meet again.", "Talks end on Nov. 3.")]
    public void AbbreviationsOrdinalsAndInitialsDoNotEndSentences(string text, string first)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(first, sentences[0]);
    }

    [Theory]
    [InlineData("Prices rose in the UK. Then they fell.", 2)]
    [InlineData("He told us. Then he left.", 2)]
    [InlineData("The answer was no. Nobody asked again.", 2)]
    [InlineData("Was ist passiert? Niemand weiß es! Die Polizei ermittelt.", 3)]
    [InlineData("Er sagte: „Wir bleiben.“ Dann ging er.", 2)]
    [InlineData("\"We act now.\" The mayor left.", 2)]
    [InlineData("The score was 3-2. Fans cheered.", 2)]
    [InlineData("Inflation stood at 2.5 per cent in 2024. It fell in 2025.", 2)]
    [InlineData("Die Zahl der Verletzten stieg auf 12. Die Polizei ermittelt.", 2)]
    [InlineData("Er wartete... und ging dann.", 1)]
    public void RealSentenceEndsSplit(string text, int count)
    {
        Assert.Equal(count, SentenceSplitter.Split(text).Count);
    }

    [Fact]
    public void SentencesAreVerbatimAndRejoinToTheText()
    {
        const string text = "Araghchi forderte eine Ausweitung. Die SCO wurde 2001 gegründet, bevor z. B. Indien hinzukam. Ende.";
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(3, sentences.Count);
        Assert.Equal(text, string.Join(' ', sentences));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyTextHasNoSentences(string? text) => Assert.Empty(SentenceSplitter.Split(text));

    [Fact]
    public void TextWithoutFinalPunctuationIsOneSentence()
    {
        Assert.Equal(["Die Mitarbeiter von All Israel News sind ein Team"], SentenceSplitter.Split("Die Mitarbeiter von All Israel News sind ein Team"));
    }
}
