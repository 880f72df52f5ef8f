using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Wer gewann die Fußball-WM 2014?", "de")]
    [InlineData("Wann wurde die SCO gegründet?", "de")]
    [InlineData("Was schlug Araghchi bei der SCO-Sitzung vor?", "de")]
    [InlineData("Was ist passiert?", "de")]
    [InlineData("Ist der Hafen offen?", "de")]
    [InlineData("Wie hoch stieg das Wasser in Nordhafen?", "de")]
    [InlineData("Und Russland?", "de")]
    [InlineData("Who won?", "en")]
    [InlineData("Who won the 2014 World Cup?", "en")]
    [InlineData("When was the SCO founded?", "en")]
    [InlineData("What did Araghchi propose?", "en")]
    [InlineData("Is the port open?", "en")]
    [InlineData("And Russia?", "en")]
    [InlineData("How high did the water rise in Nordhafen?", "en")]
    public void DetectsShortQuestions(string question, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(question));
    }

    [Fact]
    public void DetectsGermanArticleText()
    {
        const string text = "Der iranische Außenminister Abbas Araghchi nahm am Dienstag an der Sitzung der Shanghai Cooperation " +
                            "Organization (SCO) teil, in der Hoffnung, die Beziehungen des Regimes zu Russland und China zu vertiefen.";
        Assert.Equal("de", LanguageDetector.Detect(text));
    }

    [Fact]
    public void DetectsEnglishArticleText()
    {
        const string text = "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December, " +
                            "from $639m year-earlier. The firm, which is now one of the biggest investors in Google, benefited.";
        Assert.Equal("en", LanguageDetector.Detect(text));
    }

    [Fact]
    public void GermanTextWithEnglishNamesStaysGerman()
    {
        const string text = "Die Shanghai Cooperation Organization und die World Health Organization in Berlin";
        Assert.Equal("de", LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2014?")]
    public void FallsBackToEnglishWithoutEvidence(string? text) => Assert.Equal("en", LanguageDetector.Detect(text));
}
