namespace Briefing.Core.Answering;

/// <summary>
/// News writes the sentence that restates the event first and says where it happened a few sentences on: "Berlin – Bei
/// einem Angriff … auf vier Männer ist in Berlin ein 31-Jähriger getötet worden. Drei weitere wurden … verletzt. Wie die
/// Polizei mitteilte, hatten die Opfer … ein Haus im Stadtteil Wedding verlassen …"; "The Liberal Democrats will present
/// themselves as 'the real alternative' …, Charles Kennedy has said. … Speaking in Harrogate Mr Kennedy said: …". When a
/// where-question falls back on the sentence that shows it best and that sentence names no new place, the first sentence
/// after it in its article's lede that names a place its own words mark as one (a preposition of place, a class noun, a
/// venue: <see cref="CandidateSentence.NamesAskedKind"/>) gives the answer; the restatement follows it.
/// </summary>
internal static class PlaceAfterRestatement
{
    /// <summary>
    /// How many sentences after the restatement the place may stand: a lede paragraph's length. The Harrogate sentence is
    /// the fourth after its restatement; further on a paragraph goes on to other events and their places.
    /// </summary>
    private const int LedeSentences = 5;

    /// <returns>The place sentence, or null when the question asks no place, the restatement names one itself, or none follows.</returns>
    public static CandidateSentence? After(CandidateSentence restating, IReadOnlyList<CandidateSentence> candidates, AnswerType expected)
    {
        if (expected != AnswerType.Place || restating.Novel.Count > 0) return null;
        return candidates
            .Where(c => c.NamesAskedKind && c.Novel.Count > 0 && c.ShowsCore && c.ShowsAskedYears && c.ShowsUnit && !c.StatesOnlyOutlook
                        && c.SentencesAfter(restating) is > 0 and <= LedeSentences)
            .OrderBy(c => c.SentencesAfter(restating))
            .FirstOrDefault();
    }

    /// <summary>The answer led by the place sentence after <paramref name="restating"/>, or the restatement alone.</summary>
    public static List<CandidateSentence> Lead(CandidateSentence restating, IReadOnlyList<CandidateSentence> candidates, AnswerType expected) =>
        After(restating, candidates, expected) is { } place ? [place, restating] : [restating];
}
