using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, the asked fact first: "Bundeskanzler Mara Lind bezweifelt, dass die Registrierungszentren für Migranten … .
/// Der Bundeskanzler hatte am Dienstag Hotspots auf der Insel Kelmö besucht.": the sentence that holds the asked place
/// refers to the question's subject by a definite description or a pronoun, so it repeats too few of the question's words
/// for the coverage check; a few sentences after one about the question it is read as naming that subject
/// (<c>AnswerShaper.AnswersAsLead</c>, reported by <c>LeadRejection</c>).
/// </summary>
public sealed class RefersBackToAnchorTests
{
    [Theory]
    [InlineData("Der Bundeskanzler hatte am Dienstag Hotspots auf der Insel Kelmö besucht.")]
    [InlineData("Er hatte am Dienstag Hotspots auf der Insel Kelmö besucht.")]
    [InlineData("The chancellor had visited the hotspots on the island of Kelmö on Tuesday.")]
    public void A_sentence_whose_subject_points_back_to_the_anchor_passes_the_coverage_check(string text)
    {
        var (anchor, sentence) = AnchorAndSentence(text);
        Assert.Null(LeadRejection.Of(sentence, [anchor, sentence], AnswerType.Place, false));
    }

    [Fact]
    public void A_sentence_that_names_another_subject_still_shows_too_little_of_the_question()
    {
        var (anchor, sentence) = AnchorAndSentence("Tilda Haaks Delegation hatte am Dienstag Hotspots auf der Insel Kelmö besucht.");
        Assert.StartsWith("too little of the question", LeadRejection.Of(sentence, [anchor, sentence], AnswerType.Place, false));
    }

    [Fact]
    public void A_pointing_sentence_without_the_questions_predicate_or_far_from_the_anchor_does_not_pass()
    {
        var (anchor, sentence) = AnchorAndSentence("Der Bundeskanzler hatte am Dienstag Hotspots auf der Insel Kelmö besucht.");
        var withoutPredicate = sentence with { ShowsPredicate = false };
        Assert.StartsWith("too little of the question", LeadRejection.Of(withoutPredicate, [anchor, withoutPredicate], AnswerType.Place, false));
        var far = sentence with { Position = 3 };
        Assert.StartsWith("too little of the question", LeadRejection.Of(far, [anchor, far], AnswerType.Place, false));
        var outsideTheQuestion = sentence with { ContextCoverage = 0.1 };
        Assert.StartsWith("too little of the question", LeadRejection.Of(outsideTheQuestion, [anchor, outsideTheQuestion], AnswerType.Place, false));
    }

    /// <summary>The anchor ends passage 0 of its article (two sentences); the sentence opens passage 1.</summary>
    private static (CandidateSentence Anchor, CandidateSentence Sentence) AnchorAndSentence(string text)
    {
        var anchor = Sentence("Bundeskanzler Mara Lind bezweifelt, dass die Registrierungszentren für Migranten in Varnholm funktionieren.", "a#p0", 0, 1, 0.6, ["varnholm"])
            with { ContextCoverage = 0.6, PassageSentences = 2 };
        var sentence = Sentence(text, "a#p1", 1, 0, 0.2, ["kelmö"]) with { ContextCoverage = 0.2, PassageSentences = 4 };
        return (anchor, sentence);
    }

    private static CandidateSentence Sentence(string text, string passage, int ordinal, int position, double coverage, string[] novel) =>
        new(text, new PassageHit(new Passage(passage, "a", ordinal, text, "de"), new ArticleInfo("a", "a", null, null, null, "de"), 1f), 0, position,
            new HashSet<string>(), coverage, 1) { Novel = novel.ToHashSet() };
}
