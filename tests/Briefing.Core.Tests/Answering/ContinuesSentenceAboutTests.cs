using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, the asked fact first: "… the government changed legislation that limited foreign investment in domestic
/// airlines. It raised the maximum stake allowed to 49% from 40%.": the figure's sentence reaches its subject by a
/// pronoun and repeats little of the question; right after a sentence about the question that gives no answer of its
/// own, it is the article's continuation of it and may lead (<c>AnswerShaper.AnswersAsLead</c>, reported by <c>LeadRejection</c>).
/// </summary>
public sealed class ContinuesSentenceAboutTests
{
    private const string About = "The government changed legislation that limited foreign ownership of domestic airlines.";

    [Theory]
    [InlineData("It raised the maximum stake allowed to 49% from 40%.")]
    [InlineData("Sie hob die erlaubte Beteiligung auf 49 Prozent an.")]
    public void A_pronoun_sentence_right_after_a_sentence_about_the_question_leads(string text)
    {
        var (about, sentence) = AboutAndSentence(text);
        Assert.Null(LeadRejection.Of(sentence, [Best, about, sentence], AnswerType.Number, false));
    }

    [Fact]
    public void A_sentence_naming_its_own_subject_still_shows_too_little_of_the_question()
    {
        var (about, sentence) = AboutAndSentence("Air Deccan raised its fleet to 49 planes.");
        Assert.StartsWith("too little of the question", LeadRejection.Of(sentence, [Best, about, sentence], AnswerType.Number, false));
    }

    [Fact]
    public void Not_without_the_predicate_two_sentences_on_or_after_a_sentence_holding_its_own_figure()
    {
        var (about, sentence) = AboutAndSentence("It raised the maximum stake allowed to 49% from 40%.");
        var withoutPredicate = sentence with { ShowsPredicate = false };
        Assert.StartsWith("too little of the question", LeadRejection.Of(withoutPredicate, [Best, about, withoutPredicate], AnswerType.Number, false));
        var further = sentence with { Position = 2 };
        Assert.StartsWith("too little of the question", LeadRejection.Of(further, [Best, about, further], AnswerType.Number, false));
        // "It has 400 seats" after the train's speed: the sentence before answers with a figure of its own.
        var answeringBefore = about with { Novel = new HashSet<string> { "300" } };
        Assert.StartsWith("too little of the question", LeadRejection.Of(sentence, [Best, answeringBefore, sentence], AnswerType.Number, false));
        var notAbout = about with { Coverage = 0.2 };
        Assert.StartsWith("too little of the question", LeadRejection.Of(sentence, [Best, notAbout, sentence], AnswerType.Number, false));
    }

    /// <summary>
    /// Another article's sentence covers most of the question (0.6) without saying what it asks; the sentence about it
    /// (0.4) is under the anchors' share of that, at a lead's; the pronoun's sentence (0.1) under both.
    /// </summary>
    private static readonly CandidateSentence Best = Sentence("India's airlines compete on domestic routes.", "b#p0", 0, 0.6, []) with { ShowsPredicate = false };

    private static (CandidateSentence About, CandidateSentence Sentence) AboutAndSentence(string text) =>
        (Sentence(About, "a#p0", 0, 0.4, []), Sentence(text, "a#p0", 1, 0.1, ["49"]));

    private static CandidateSentence Sentence(string text, string passage, int position, double coverage, string[] novel) =>
        new(text, new PassageHit(new Passage(passage, passage[..1], 0, text, "en"), new ArticleInfo(passage[..1], passage[..1], null, null, null, "en"), 1f), 0, position,
            new HashSet<string>(), coverage, 1) { Novel = novel.ToHashSet(), ContextCoverage = coverage };
}
