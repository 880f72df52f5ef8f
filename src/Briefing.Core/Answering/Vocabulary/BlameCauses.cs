namespace Briefing.Core.Answering;

/// <summary>
/// The blame predicate, a way news gives a cause that the conjunctions, prepositions and cause nouns of
/// <see cref="AnswerCandidates"/>' cause reading and <see cref="CauseExpressions"/> miss: "Schuld ist die linke Hirnhälfte",
/// "X ist schuld an Y", "poor weather was to blame". A why-question's answer often stands in such a sentence while the
/// sentence that restates the asked event holds no cause.
/// </summary>
/// <remarks>
/// Tried and left out: the German particle "nämlich" ("Das Unternehmen gehört nämlich der Sailer-Gruppe"). It explains
/// the sentence before it, not its own clause: "Künftig wird der Hinweis nämlich auch auf Domänen-PCs angezeigt" restates
/// the asked event and outranked the sentence with its cause; sentence-initial "Nämlich dass …" is "namely". Probes: no
/// answer gained, one lost, one unanswerable answered.
/// </remarks>
internal static class BlameCauses
{
    /// <summary>
    /// Alternatives of one pattern, word-bounded and case-insensitive by the caller.
    /// "Schuld" only as the predicate of blame, next to a copula or "an"/"daran"/"tragen": not "Schulden" (debts) nor "die
    /// Schuld des Angeklagten" (guilt in court), which a \b after the alternative and the required neighbour keep out.
    /// "to blame" only after a copula and at most an adverb ("was partly to blame"): "was asked to blame nobody" gives none.
    /// </summary>
    public const string Pattern =
        @"schuld\s+(ist|sind|war|waren|sei|seien|daran|an|trägt|tragen|trug|trugen|gegeben|geben|gibt|gab)"
        + @"|(ist|sind|war|waren|sei|seien|wäre|wären)\s+(\p{L}+\s+){0,2}?schuld"
        + @"|(is|are|was|were|be|been)\s+(\p{L}+ly\s+|not\s+|also\s+)?to\s+blame";
}
