namespace Briefing.Core.Answering;

/// <summary>
/// A who-question's sentence that marks its new name as the answer — the doer of the asked action ("von dem Wiener Anwalt
/// Robert Bitsche vertreten") or a name right beside the asked noun ("former coach Marco Tardelli" for "Which coach …?") —
/// in the article retrieval ranked first. News reports name the person once, in their own words, often sentences after
/// the lede that named the question's names and the event: such a sentence answers though it lies far from those names
/// or the article words the event otherwise than the question ("axed" from the "national team" for "threw out of the squad").
/// </summary>
internal static class MarkedPersonAnswer
{
    /// <summary>The sentence names someone new as the asked person (doer or asked noun) in the first-ranked article.</summary>
    public static bool IsInFirstArticle(CandidateSentence candidate) =>
        candidate.Novel.Count > 0 && (candidate.NamesAskedAgent || candidate.NearAskedNoun) && candidate.ArticleShare >= 1
        && candidate.ShowsAskedYears && !candidate.StatesOnlyOutlook;

    /// <summary>
    /// The off-topic check (<see cref="AskedTopic"/>) gives way for a who-question whose first-ranked article names someone
    /// new as the asked person next to the question's names (<see cref="CandidateSentence.ShowsCore"/>): an article about
    /// something else that happens to show the names rarely also names a holder of the asked role or a doer of the asked action.
    /// </summary>
    public static bool AnswersOffTopicWords(IReadOnlyList<CandidateSentence> candidates, AnswerType expected) =>
        expected == AnswerType.Person && candidates.Any(c => IsInFirstArticle(c) && c.ShowsCore);
}
