namespace Briefing.Core.Answering;

/// <summary>
/// For the trace: the first of <see cref="AnswerShaper"/>'s lead checks a candidate sentence fails, in the order the
/// shaper applies them. "abstained (no relevant sentence holds a new Number)" names no sentence; this says, for each
/// of the top candidates, which check threw it out (its score, the asked year, the question's rarest names, a
/// forecast, no candidate, no counted noun, too little of the question), so a false abstention's cause can be counted.
/// </summary>
/// <remarks>
/// It mirrors the shaper's filters and shares its thresholds and its <see cref="AnswerShaper.AnswersAsLead"/> test. Besides
/// the trace, <see cref="ContinuationOfLead"/> asks it whether a sentence after a restating lede could lead: a sentence that
/// passes every check may still lose to another that passes them too, and then follows the lede.
/// </remarks>
internal static class LeadRejection
{
    /// <returns>The check the sentence fails, or null when it passes all of them.</returns>
    public static string? Of(CandidateSentence candidate, IReadOnlyList<CandidateSentence> candidates, AnswerType expected, bool datedQuestion)
    {
        var ranked = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.PassageRank).ThenBy(c => c.Position).ToList();
        if (ranked.Count == 0) return null;
        var bestCoverage = ranked.Max(c => c.Coverage);
        if (candidate.Score < ranked[0].Score * AnswerShaper.RelativeScoreFloor)
            return $"score under {AnswerShaper.RelativeScoreFloor:P0} of the best";
        if (!candidate.ShowsAskedYears) return "not the asked year";
        // The shaper lets a sentence whose article shows the rarest names lead only when no sentence showing them answers.
        if (!candidate.ShowsCore && !candidate.ShowsCoreInArticle) return "far from the question's rarest names";
        if (candidate.StatesOnlyOutlook) return "only a forecast or plan";
        if (candidate.DatesOnlyPast) return "dates only past events for a question about what will happen";
        if (expected == AnswerType.Other) return null;
        if (candidate.Novel.Count == 0) return $"no new {expected}";
        if (!candidate.ShowsUnit) return "no counted noun near its figure";
        if (!AnswerShaper.AnswersAsLead(candidate, ranked, AnswerShaper.Anchors(ranked, bestCoverage), expected, bestCoverage, datedQuestion))
            return $"too little of the question (coverage {candidate.Coverage:F2}/{candidate.ContextCoverage:F2} under {AnswerShaper.LeadCoverageFloor:P0} of the best {bestCoverage:F2}, no sentence about it beside it)";
        return candidate.ShowsCore ? null : "its article shows the rarest names; leads only when no sentence showing them answers";
    }
}
