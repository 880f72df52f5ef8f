namespace Briefing.Core.Answering;

/// <summary>
/// "Wie lange ist der georgische Expräsident schon Gouverneur in Odessa?" over an interview whose lede names him and whose
/// question further down says "Sie sind seit 100 Tagen Gouverneur der Region Odessa"; "How long are players usually out
/// after a broken eye socket?" over "In der Regel beträgt die Pause nach einer solchen Verletzung ... sechs bis acht Wochen":
/// a report names its subject in the lede and gives the length of time further down, in a sentence that repeats little of
/// the question (the lede covers more, so the lead's coverage floor rules the duration's sentence out). When no sentence
/// leads for a "how long" question, the best-scored sentence of the first-ranked article that holds a new length of time,
/// shows what is asked besides the names (<see cref="CandidateSentence.ShowsPredicate"/>) and is tied to the question's
/// names (<see cref="CandidateSentence.ShowsCore"/>) answers, before abstaining. Only then: as the fallback it cannot
/// displace an answer; the abstention checks after it (<see cref="AskedFact"/>) still judge it.
/// </summary>
internal static class DurationOfTopArticle
{
    public static CandidateSentence? Lead(IReadOnlyList<CandidateSentence> candidates, AnswerType expected)
    {
        if (expected != AnswerType.Duration || candidates.Count == 0) return null;
        var topArticle = candidates.MinBy(c => c.PassageRank)!.Hit.Article.Id;
        return candidates
            .Where(c => c.Hit.Article.Id == topArticle && c.Novel.Count > 0 && c.ShowsPredicate && c.ShowsCore && c.ShowsAskedYears && !c.StatesOnlyOutlook)
            .OrderByDescending(c => c.Score).ThenBy(c => c.PassageRank).ThenBy(c => c.Position)
            .FirstOrDefault();
    }
}
