namespace Briefing.Core.Answering;

/// <summary>
/// "Rock star Patti Smith has been made artistic director of this year's Meltdown festival, to be held … in June. … Smith has
/// yet to decide the line-up for Meltdown, which begins on 11 June", "Ljubicic hit back after the break to seal a fourth
/// straight win over Henman. Afterwards, Henman was left cursing the weather … after seven breaks for rain": a lede restates
/// the question with a candidate that only partly states the asked kind (a month, a vague date, an order, a figure of
/// another thing), and a sentence a few on in its text states it precisely (a day of the month or a year, a figure with
/// the asked counted noun; <see cref="CandidatePrecision"/>). The precise one is the answer; the lede, which sets its scene,
/// follows it.
/// </summary>
internal static class StrongerAfterLede
{
    /// <summary>The sentence follows the lede closely in its text and states the asked kind where the lede only partly does.</summary>
    public static bool Outstates(CandidateSentence lede, CandidateSentence later, AnswerType expected) =>
        later.SentencesAfter(lede) is > 0 and <= ContinuationOfLead.LedeDistance && CandidatePrecision.IsClearlyWeaker(lede, later, expected);

    /// <returns>
    /// <paramref name="chosen"/> with its first sentence after the lede that outstates it and passes every lead check
    /// (<see cref="LeadRejection"/>) moved first, or unchanged.
    /// </returns>
    public static List<CandidateSentence> Lead(List<CandidateSentence> chosen, IReadOnlyList<CandidateSentence> candidates, AnswerType expected, bool datedQuestion)
    {
        if (chosen.Count < 2) return chosen;
        var lede = chosen[0];
        var stronger = chosen.Skip(1).Where(c => Outstates(lede, c, expected) && LeadRejection.Of(c, candidates, expected, datedQuestion) is null)
            .OrderBy(c => c.SentencesAfter(lede)).FirstOrDefault();
        return stronger is null ? chosen : [stronger, .. chosen.Where(c => c != stronger)];
    }
}
