using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// News dates what it reports by the weekday of the report ("erklärte die Präsidentschaft am Samstag", "By signing the
/// agreement on Tuesday, ...") and dates the event the story is about by the calendar, often a sentence or two further
/// on and in fewer of the question's words ("Am 11. Oktober findet der Urnengang statt", "The project was conceived in
/// 1994"). When a when-question's lead dates only by a weekday or a relative word (<see cref="AnswerCandidates.Strength"/>
/// below 1: the day of the report, rarely the asked date), the best-scored sentence of the same article that gives a
/// calendar date (a month or a year) and shows about as much of the question with its article's names
/// (<see cref="CandidateSentence.ContextCoverage"/>) leads instead; the weekday's sentence follows it when there is room.
/// </summary>
/// <remarks>
/// Within the lead's article only: another article's month is another story's. The weekday answers when the article
/// gives no calendar date about the question, so the lead stays; when the chosen sentences date nothing but the weekday a
/// statement was made, <see cref="ReportWeekday"/> abstains instead.
/// </remarks>
internal static class ReportDayLead
{
    /// <summary>
    /// Share of the weekday lead's <see cref="CandidateSentence.ContextCoverage"/> the dated sentence needs: it repeats
    /// fewer of the question's words than the sentence restating the event ("Ein neuer Termin für den Urteilsspruch wurde nun
    /// für den 29. August angesetzt" after "das am Sonntag in Kairo erwartete Urteil gegen drei Journalisten ..."), but more
    /// than half of them: "The comet will pass closest to the Sun in March" shares only the subject with "When was the comet
    /// discovered?", which "discovered a bright comet on Tuesday night" answers (the lab's sample; 0.5 let March lead).
    /// The six probes this rule answers showed 0.57 and more.
    /// </summary>
    private const double ContextShare = 0.55;

    public static List<CandidateSentence> Lead(List<CandidateSentence> chosen, IReadOnlyList<CandidateSentence> candidates, AnswerType expected, int maxSentences)
    {
        if (expected != AnswerType.Date || chosen.Count == 0) return chosen;
        var lead = chosen[0];
        if (!DatesByWeekdayOnly(lead)) return chosen;
        var dated = candidates
            .Where(c => c != lead && c.Hit.Article.Id == lead.Hit.Article.Id && GivesCalendarDate(c)
                        && c.ShowsAskedYears && c.ShowsUnit && !c.StatesOnlyOutlook && !c.DatesOnlyPast
                        // What the question asks besides its names ("vertagt", "end"), when the weekday's sentence shows it.
                        && (c.ShowsPredicate || !lead.ShowsPredicate)
                        && c.ContextCoverage >= lead.ContextCoverage * ContextShare)
            .OrderByDescending(c => c.Score).ThenBy(c => c.PassageRank).ThenBy(c => c.Position)
            .FirstOrDefault();
        if (dated is null) return chosen;
        return [dated, .. chosen.Where(c => c != dated).Take(maxSentences - 1)];
    }

    /// <summary>The sentence's new dates are all weekdays or relative words ("Sonntag", "heute", "Tuesday").</summary>
    internal static bool DatesByWeekdayOnly(CandidateSentence sentence) =>
        sentence.Novel.Count > 0 && AnswerCandidates.Strength(sentence.Novel, AnswerType.Date) < 1;

    /// <summary>A new month or year ("oktober", "2009"): a season or a part of the day ("spring", "Abend") dates no event of its own.</summary>
    private static bool GivesCalendarDate(CandidateSentence sentence) =>
        sentence.Novel.Any(k => MonthNames.IsWrittenOut(k) || AnswerCandidates.IsYear(k));
}
