using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// A lead that points back to the sentence before it ("These include abortion, broadcasting policy …", "Diese Vermutungen
/// sind Sonderfälle …", "This behavior started with …", "Sie ist die wichtigste Nord-Süd-Autobahn …") or illustrates it
/// ("For example, 5 is prime …") says its words of what that sentence named. Scoring credits it with the words of both
/// (<see cref="SentenceCandidates"/> lets a pronoun's sentence inherit the one before), so it often wins over the sentence
/// it refers to — and that sentence is the one that names the answer ("Durch Fresno verläuft die California State Route
/// 99. Sie ist die wichtigste Nord-Süd-Autobahn, die … des California Central Valley verbindet."). Quoted alone, such a
/// lead does not even say what it is about. So when it holds no candidate of the asked kind, the sentence it points back
/// to is quoted before it, in the article's order, if the answer has room for one more.
/// </summary>
/// <remarks>
/// <para>Not before a lead that holds a candidate of the asked kind: the answer's first sentence is the one that may hold
/// the asked fact, and a sentence that only sets its scene would push it down. Before such leads too, XQuAD gained twice the
/// answers (tune +24 rather than +12, all four pairs), but of the 231 answers it led differently, 175 had led with the
/// sentence holding the answer and only 21 now did.</para>
/// <para>Only with room: putting the antecedent first and dropping the answer's last sentence gained XQuAD tune answers
/// in German and lost as many as it gained in English (de→de +7 −0, en→en +4 −4, en→de +4 −4, de→en +5 −5).</para>
/// <para>Within the lead's passage only; the last sentence of the passage before is no reliable antecedent
/// (<see cref="CandidateSentence.SentencesAfter"/>).</para>
/// </remarks>
internal static partial class AntecedentOfLead
{
    /// <returns><paramref name="chosen"/> with the lead's antecedent first, or unchanged when the answer is full, the lead
    /// holds a candidate or points back to nothing, or its antecedent is quoted already.</returns>
    public static List<CandidateSentence> Add(List<CandidateSentence> chosen, IReadOnlyList<CandidateSentence> candidates, int maxSentences)
    {
        if (chosen.Count == 0 || chosen.Count >= maxSentences) return chosen;
        var lead = chosen[0];
        if (lead.Novel.Count > 0 || lead.Position == 0 || !PointsBack(lead.Text)) return chosen;
        var before = candidates.FirstOrDefault(c => c.Hit.Passage.Id == lead.Hit.Passage.Id && c.Position == lead.Position - 1);
        if (before is null || chosen.Any(c => c.Hit.Passage.Id == before.Hit.Passage.Id && c.Position == before.Position)) return chosen;
        return [before, .. chosen];
    }

    /// <summary>
    /// The sentence opens with a pronoun or pointing word as its subject or topic ("These include …", "Sie ist …", "Dazu
    /// gehören …"; <see cref="ReferenceOpening.ReachesSubjectByPronoun"/>), or with an example of what the sentence
    /// before said ("For example", "Zum Beispiel").
    /// </summary>
    internal static bool PointsBack(string sentence) =>
        ReferenceOpening.ReachesSubjectByPronoun(sentence) || ExampleOpening().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(for\s+example|for\s+instance|zum\s+beispiel|beispielsweise)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExampleOpening();
}
