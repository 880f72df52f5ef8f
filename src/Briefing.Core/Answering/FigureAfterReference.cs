namespace Briefing.Core.Answering;

/// <summary>
/// "Die deutschen Unternehmen haben die Produktion im September gedrosselt. Sie stellten um 1,1 Prozent weniger her als im
/// Vormonat.", "Der Schauspieler ... ist tot. Er starb am Samstag im Alter von 79 Jahren.", "Apple will einen Streamingdienst
/// starten. Der Service soll rund zehn Dollar im Monat kosten.": news states a figure in the sentence after the one that
/// introduces the subject, and reaches that subject by a pronoun, a pointing adverb or a definite noun, so the figure's
/// sentence repeats few of the question's words. Such a sentence answers a how-many / how-much / how-long question when the
/// sentence right before it in its article's text is about the question's subject.
/// </summary>
/// <remarks>
/// Only a last resort of <see cref="AnswerShaper"/>: it turns an abstention into an answer and displaces no sentence that
/// leads by the other tests. The figure must still be of the asked kind and unit (<see cref="CandidateSentence.Novel"/>,
/// <see cref="CandidateSentence.ShowsUnit"/>); the sentence before must show the question's rarest names and the asked year
/// and cover at least <c>coverageFloor</c> of it, as a lead would.
/// </remarks>
internal static class FigureAfterReference
{
    public static bool Continues(CandidateSentence candidate, IReadOnlyList<CandidateSentence> ranked, double coverageFloor) =>
        candidate.Novel.Count > 0 && candidate.ShowsUnit && !candidate.CountsOtherThings && candidate.ShowsAskedYears
        && (ReferenceOpening.Opens(candidate.Text) || ReferenceOpening.ReachesSubjectByPronoun(candidate.Text))
        && ranked.Any(before => candidate.SentencesAfter(before) == 1 && before.ShowsCore && before.ShowsAskedYears
                                && before.Coverage >= coverageFloor && (before.ShowsPredicate || candidate.ShowsPredicate));
}
