using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie viele Stockschläge bekam jeder der Verurteilten?" was answered by "Rund tausend Zuschauer verfolgten, wie die drei
/// Frauen und drei Männer … jeweils mehrere Stockschläge erhielten" (issue 10, unanswerable detail: the right subject's other
/// attribute). A figure in words only confirms a count of things, as it may name the asked things otherwise; but a figure
/// in words that counts people counts no thing, so it counts something else than the asked things.
/// </summary>
public sealed class PeopleCountedForThingsTests
{
    private const string Strokes = "Wie viele Stockschläge bekam jeder der jungen Verurteilten in Lindau genau?";

    [Theory]
    [InlineData("Rund tausend Zuschauer verfolgten, wie sechs Verurteilte auf einem Platz jeweils mehrere Stockschläge erhielten.", true)]
    [InlineData("Die drei Frauen und drei Männer erhielten jeweils mehrere Stockschläge.", true)]
    // A figure in words that counts a thing of its own may still word the asked things otherwise: it is left open, as before.
    [InlineData("Jeder erhielt zwischen sechs und zwölf Hiebe mit dem Rohrstock.", false)]
    [InlineData("Jeder der Verurteilten erhielt acht Stockschläge.", false)]
    public void A_figure_in_words_that_counts_people_counts_no_asked_thing(string sentence, bool countsOther)
    {
        var unit = AskedUnit.Of(Strokes)!;
        var terms = new NoTermStatistics().AnalyzeTerms("Stockschläge", "de").ToHashSet(StringComparer.Ordinal);
        var figures = NumberTokens.Figures(sentence).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(countsOther, AskedFact.CountsOtherThings(Candidate(sentence, figures), unit, terms, new NoTermStatistics()));
    }

    /// <summary>A count of people, by any noun for them, is still shown by a figure in words that counts people.</summary>
    [Theory]
    [InlineData("Wie viele Menschen sahen zu?")]
    [InlineData("Wie viele Verurteilte wurden bestraft?")]
    [InlineData("Wie groß war die Delegation?")]
    public void A_count_of_people_is_shown_by_people_in_words(string question)
    {
        const string sentence = "Rund tausend Zuschauer verfolgten die Bestrafung.";
        var unit = AskedUnit.Of(question)!;
        var terms = new NoTermStatistics().AnalyzeTerms(unit.Word, "de").ToHashSet(StringComparer.Ordinal);
        Assert.False(AskedFact.CountsOtherThings(Candidate(sentence, ["1000"]), unit, terms, new NoTermStatistics()));
    }

    private static CandidateSentence Candidate(string sentence, HashSet<string> figures) =>
        new(sentence, new PassageHit(new Passage("a#p0", "a", 0, sentence, "de"), new ArticleInfo("a", "a", null, null, null, "de"), 1f),
            0, 0, new HashSet<string>(), 0.5, 1) { Novel = figures };
}

/// <summary>
/// "Eine vierte Frau über 40 wurde wegen Ehebruchs bestraft" for "Wie viele Stockschläge bekam jeder?": a person noun, "over"
/// or "under" and a figure with no noun after it is the people's age bound, which counts nothing.
/// </summary>
public sealed class AgeBoundOfPeopleTests
{
    [Theory]
    [InlineData("Eine vierte Frau über 40 wurde wegen Ehebruchs bestraft.", "40", true)]
    [InlineData("The scheme is open to women over 65 in the county.", "65", true)]
    [InlineData("Jugendliche unter 16 Jahren dürfen nicht hinein.", "16", true)]
    [InlineData("Die Zahl stieg auf über 40 Stockschläge.", "40", false)]
    [InlineData("Sie erhielten über 40 Stockschläge.", "40", false)]
    [InlineData("Männer über 40 Kilo wurden gewogen.", "40", false)]
    public void A_person_over_a_figure_is_an_age(string sentence, string figure, bool age)
    {
        var at = NumberTokens.Figures(sentence).First(f => f.Key == figure);
        Assert.Equal(age, UncountingFigures.At(sentence, at.Start, at.End));
    }
}
