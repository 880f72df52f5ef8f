using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Who came second behind Strasser?" over "Der Steirer Christoph Strasser gewinnt …": the words written with the asked
/// surname are the asked person's, no other person who answers (issue 10, wrong sentence).
/// </summary>
public sealed class FirstNamesOfAskedNamesTests
{
    private const string Question = "Who came second behind Strasser in the Race Around Austria?";
    private const string Sentence = "Der Steirer Christoph Strasser gewinnt das Extremradrennen Race Around Austria in neuer Rekordzeit.";

    [Fact]
    public void The_words_of_the_asked_persons_name_are_not_new()
    {
        var keys = AnswerCandidates.FirstNamesOfAskedNames(Sentence, Question, "en", "de", new NameDetector(new NoTermStatistics(), [])).ToList();

        Assert.Contains("steirer", keys);
        Assert.Contains("christoph", keys);
    }

    /// <summary>German's dictionary lists "Strasser" (a word of "Straße"), so the surname stands after the name's span, not in it.</summary>
    [Fact]
    public void The_asked_surname_right_after_the_span_makes_the_span_the_asked_persons()
    {
        var names = new NameDetector(new NoTermStatistics(), [new StrasserCommon()]);

        var keys = AnswerCandidates.FirstNamesOfAskedNames(Sentence, Question, "en", "de", names).ToList();

        Assert.Contains("steirer", keys);
        Assert.Contains("christoph", keys);
    }

    [Fact]
    public void Another_persons_first_name_stays_new() =>
        Assert.DoesNotContain("patric", AnswerCandidates.FirstNamesOfAskedNames("Der Zweitplatzierte Patric Grüner aus Tirol wurde hinter Strasser Zweiter.",
            Question, "en", "de", new NameDetector(new NoTermStatistics(), [new StrasserCommon()])));

    private sealed class StrasserCommon : IWordLexicon
    {
        public bool? IsCommonWord(string word, string language) => language == "de" && word == "Strasser" ? true : null;
    }
}
