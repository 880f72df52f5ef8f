namespace Briefing.Core.Answering;

/// <summary>
/// "The single was originally released in the US on 7 March 1985 and sold 800,000 copies in its first week", "Im gleichen
/// Zeitraum wurden ... 155 Palästinenser getötet", "The Labs needed about 10 million euros a year from corporate sponsors":
/// a report names its subject once, in the headline or lede, and states the figures further down under "the single",
/// "the Labs" or no subject at all. In the first-ranked article, a sentence that writes the asked measure itself (the
/// counted noun with its figure, a sum for a sum) and shows what is asked is tied to the question by that measure as a
/// sentence that repeats one of its names is (<see cref="CandidateSentence.ShowsCoreInArticle"/>); the article must still
/// name the question's rarest names.
/// </summary>
internal static class MeasureOfTopArticle
{
    /// <summary>
    /// The sentence states the asked measure (<see cref="CandidateSentence.StatesMeasure"/>) with a new figure that counts
    /// nothing else, and names no one the question does not (in either language: <see cref="QuestionOwnWords"/>).
    /// </summary>
    public static bool IsStated(CandidateSentence candidate, QuestionOwnWords question, NameDetector names) =>
        candidate.StatesMeasure && candidate.Novel.Count > 0 && !candidate.CountsOtherThings && !NamesAnotherParty(candidate, question, names);

    /// <summary>
    /// "BP put production for the year at 3.997 billion barrels of oil" in an article that names Angola elsewhere, "A
    /// saxophone belonging to Charlie Parker is expected to fetch up to $1m" beside Ella Fitzgerald's gown: a sentence
    /// that names a party of its own states that party's figure. Only the sentence that names none refers back to the
    /// article's subject. A party is a name its context marks (a person, a firm, a place), one of several words or an
    /// acronym: a lone capitalised word the lexicon lacks ("Anwaltskosten", "the Labs") is as often a German noun or a
    /// word of the report's own. The country mark of a currency ("US$13 million") names no party.
    /// </summary>
    public static bool NamesAnotherParty(CandidateSentence candidate, QuestionOwnWords question, NameDetector names)
    {
        var (text, language) = (candidate.Text, candidate.Hit.Passage.Language);
        return NameSpans.In(text, language, names).Any(s =>
            (s.Kind != NameKind.Unknown || s.Words.Count > 1 || NameDetector.IsAcronym(s.Words[0]))
            && !MarksCurrency(text, s.End) && s.Words.Any(w => !question.Holds(w, language)));
    }

    private static bool MarksCurrency(string text, int end) => end < text.Length && text[end] == '$';
}
