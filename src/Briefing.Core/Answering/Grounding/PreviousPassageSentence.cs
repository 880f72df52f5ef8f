namespace Briefing.Core.Answering;

/// <summary>
/// Passages split an article between sentences, not between thoughts: "… musste etwa die grüne Abgeordnete Gabriela Moser
/// veröffentlichen." ends one passage and "Der Grund waren Vorwürfe gegen Grasser, Kostenpunkt: 4.000 Euro." opens the
/// next. A sentence that opens its passage by pointing back (a definite description or a pronoun, <see cref="ReferenceOpening"/>)
/// goes on about what the last sentence of the passage before named; that sentence is read as its context.
/// </summary>
internal static class PreviousPassageSentence
{
    /// <returns>The text of the previous passage's last sentence, when <paramref name="sentence"/> opens its passage pointing
    /// back and that sentence is among <paramref name="candidates"/>; otherwise empty.</returns>
    public static string Of(CandidateSentence sentence, IReadOnlyList<CandidateSentence>? candidates)
    {
        if (candidates is null || sentence.Position != 0 || sentence.Hit.Passage.Ordinal == 0) return "";
        if (!ReferenceOpening.Opens(sentence.Text) && !ReferenceOpening.ReachesSubjectByPronoun(sentence.Text)) return "";
        return candidates.FirstOrDefault(c => c.Hit.Article.Id == sentence.Hit.Article.Id && c.Hit.Passage.Ordinal == sentence.Hit.Passage.Ordinal - 1
                                              && c.PassageSentences > 0 && c.Position == c.PassageSentences - 1)?.Text ?? "";
    }
}
