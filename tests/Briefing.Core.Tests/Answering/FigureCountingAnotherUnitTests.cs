using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Unanswerable count questions (issue 10, detail) were answered by a figure of the article's own clause that counts
/// something else, which the counted-noun reader did not see: "How many viewers watched the episode?" over "The
/// hand-written, four-page lawsuit said …" (an English figure joined by a hyphen to a singular noun counts that noun),
/// "Wie viele Drucker wurden bestellt?" over "binnen fünf bis zehn Minuten" (a range in words that counts a length of
/// time), "How many episodes did the first series have?" over "Deep Space Nine and Voyager" (a figure in words inside a name).
/// </summary>
public sealed class FigureCountingAnotherUnitTests
{
    [Theory]
    [InlineData("How many viewers watched the episode?", "The hand-written, four-page lawsuit said the show was crazy.", "en", true)]
    [InlineData("How many people have signed up?", "Users shoot the animals as they roam around a 133-hectare Texas ranch.", "en", true)]
    [InlineData("How many shows did she play?", "She missed a number of shows on the 82-date tour.", "en", true)]
    [InlineData("Wie viele Drucker wurden bestellt?", "Kleine Figuren lassen sich binnen fünf bis zehn Minuten drucken.", "de", true)]
    [InlineData("How many episodes did the series have?", "It followed the spin-offs The Next Generation, Deep Space Nine and Voyager.", "en", true)]
    // What it must not do: a figure that qualifies its noun ("6,000-strong") still counts the noun after it, and one
    // joined to the asked noun counts it; a figure in words of the asked noun, or in lower case, may still count it.
    [InlineData("How many people voted?", "Winners were picked by a 6,000-strong panel of voters.", "en", false)]
    [InlineData("How many viewers watched it?", "More than 800 viewers complained about the four-page feature.", "en", false)]
    [InlineData("How many games was Bolton unbeaten?", "Dyer ended Bolton's 10-game unbeaten run.", "en", false)]
    [InlineData("Wie viele Drucker wurden bestellt?", "Im Vorverkauf wurden fünf bis zehn Drucker bestellt.", "de", false)]
    [InlineData("How many episodes did the series have?", "The first series of the show had nine episodes.", "en", false)]
    public void A_figure_of_another_unit_counts_other_things(string question, string sentence, string language, bool countsOther)
    {
        var unit = AskedUnit.Of(question)!;
        var asked = unit.Word.EndsWith('s') && language == "en" ? unit.Word[..^1] : unit.Word;
        var terms = new HashSet<string>([unit.Word.ToLowerInvariant(), asked.ToLowerInvariant()], StringComparer.Ordinal);
        var figures = NumberTokens.Figures(sentence).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(countsOther, AskedFact.CountsOtherThings(Candidate(sentence, language, figures), unit, terms, new NoTermStatistics()));
    }

    [Theory]
    [InlineData("Deep Space Nine and Voyager followed.", "Nine", true)]
    [InlineData("The Channel Four documentary aired.", "Four", true)]
    [InlineData("Nine people were hurt.", "Nine", false)]
    [InlineData("Mehrere Tausend Menschen kamen.", "Tausend", false)]
    [InlineData("Mehrere Hundert Menschen kamen.", "Hundert", false)]
    [InlineData("Knapp Hundert Demonstranten zogen durch die Stadt.", "Hundert", false)]
    [InlineData("The series had nine episodes.", "nine", false)]
    public void A_capitalised_figure_after_a_name_word_is_part_of_the_name(string sentence, string figure, bool partOfName)
    {
        var at = sentence.IndexOf(figure, StringComparison.Ordinal);
        Assert.Equal(partOfName, FigureNames.IsPartOfName(sentence, at, at + figure.Length));
    }

    private static CandidateSentence Candidate(string sentence, string language, HashSet<string> figures) =>
        new(sentence, new PassageHit(new Passage("a#p0", "a", 0, sentence, language), new ArticleInfo("a", "a", null, null, null, language), 1f),
            0, 0, new HashSet<string>(), 0.5, 1) { Novel = figures };
}
