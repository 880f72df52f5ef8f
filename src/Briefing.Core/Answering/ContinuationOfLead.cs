namespace Briefing.Core.Answering;

/// <summary>
/// A lead that holds no candidate of the asked kind is the sentence that shows the question best: it sets the question's
/// scene, and the fact asked about it often follows in the next sentence, in words of its own ("The plugs-out test began
/// on the morning of January 27, 1967, and immediately was plagued with problems. First the crew noticed a strange odor in
/// their spacesuits …"; "Es wurden Algorithmen entwickelt, die … die Primzahleigenschaft großer Zahlen zu testen. Dazu
/// gehören der Miller-Rabin-Primzahltest …"). That sentence shows too little of the question to join the answer on its
/// coverage, and an untyped question has no candidate to mark it. When it goes on about the lead — it shows some of the
/// question with its article's names, or opens by pointing back ("Dazu", "In dieser Hinsicht", "Most of these schools")
/// — it follows the lead as the answer's second sentence, when the answer has room for one more.
/// </summary>
/// <remarks>
/// Only with room: dropping the answer's last sentence for it lost as many XQuAD answers as it gained (de→de, en→en, en→de
/// tune and held: +36 −16), the last sentence being as often the one that held the fact.
/// </remarks>
internal static class ContinuationOfLead
{
    /// <returns>
    /// <paramref name="chosen"/> with the lead's continuation second, or unchanged when the answer is full or nothing
    /// continues it (after a lead holding a candidate, only a sentence that reaches its subject by a pronoun does).
    /// </returns>
    public static List<CandidateSentence> Add(List<CandidateSentence> chosen, IReadOnlyList<CandidateSentence> candidates, int maxSentences)
    {
        if (chosen.Count == 0 || chosen.Count >= maxSentences) return chosen;
        var lead = chosen[0];
        var next = candidates.FirstOrDefault(c => c.SentencesAfter(lead) == 1);
        if (next is null || chosen.Contains(next)) return chosen;
        if (lead.Novel.Count > 0 ? !SaysMoreOf(next) : !GoesOnAbout(next)) return chosen;
        return [lead, next, .. chosen.Skip(1)];
    }

    /// <summary>
    /// After a lead that holds a candidate, the next sentence says more of the same subject only when its subject is the
    /// lead's, reached by a pronoun ("Dazu gehören der Miller-Rabin-Primzahltest …", "It is perhaps the first modern
    /// statement of the principle of nonviolent protest"), and it shows some of the question: the candidate the lead holds
    /// is often not the asked one, and the fact asked about its subject follows.
    /// </summary>
    /// <remarks>XQuAD, all four pairs, together with <see cref="AntecedentOfLead"/>: tune +12 −0 answers, held +6 −0.</remarks>
    private static bool SaysMoreOf(CandidateSentence next) =>
        next.ContextCoverage > 0 && ReferenceOpening.ReachesSubjectByPronoun(next.Text);

    /// <summary>
    /// The sentence is about the lead's subject: it shows some of the question (its article credits it with the question's
    /// names) or its opening points back to what the lead named (<see cref="ReferenceOpening"/>).
    /// </summary>
    private static bool GoesOnAbout(CandidateSentence next) =>
        next.ContextCoverage > 0 || ReferenceOpening.ReachesSubjectByPronoun(next.Text) || ReferenceOpening.Opens(next.Text);
}
