namespace Briefing.Core.Answering;

/// <summary>
/// A question that asks what something is called (<see cref="AskedTerm"/>) is answered by the sentence that names the
/// term, not by the one that describes the thing in the question's words: "A natural number greater than 1 that is not a
/// prime number is called a composite number." for "What are numbers greater than 1 that can be divided by 3 or more
/// numbers called?", where "6 is composite because it has the divisors 2 and 3" covered the question best. When the
/// chosen lead names no new term and a sentence of its article does, that sentence leads and the others follow it.
/// </summary>
internal static class TermLead
{
    /// <summary>
    /// The naming sentence may score this share of the lead's: it repeats fewer of the question's words than the
    /// description does ("Since the 1970s, many of these "segregation academies" have shut down" scored 0.61 of it),
    /// but one far below is about something else.
    /// </summary>
    private const double MinShareOfLeadScore = 0.5;

    /// <returns><paramref name="chosen"/>, or the answer led by the sentence of the lead's article that names a new term.</returns>
    public static List<CandidateSentence> Lead(List<CandidateSentence> chosen, IReadOnlyList<CandidateSentence> candidates, string question, int maxSentences)
    {
        if (chosen.Count == 0 || !AskedTerm.IsAsked(question)) return chosen;
        var lead = chosen[0];
        if (AskedTerm.NamesNewTerm(lead.Text, question)) return chosen;
        var naming = candidates
            .Where(c => c.Hit.Article.Id == lead.Hit.Article.Id && c.Score >= lead.Score * MinShareOfLeadScore
                        && c.ShowsCore && c.ShowsAskedYears && !c.StatesOnlyOutlook && AskedTerm.NamesNewTerm(c.Text, question))
            .OrderByDescending(c => c.Score)
            .FirstOrDefault();
        if (naming is null) return chosen;
        return [naming, .. chosen.Where(c => c != naming).Take(maxSentences - 1)];
    }
}
