using System.Text.RegularExpressions;

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
internal static partial class ContinuationOfLead
{
    /// <returns>
    /// <paramref name="chosen"/> with the lead's continuation second, or unchanged when the answer is full or nothing
    /// continues it (after a lead holding a candidate, only a sentence that reaches its subject by a pronoun, or one a few
    /// sentences on that passes the lead checks with a candidate of its own (<see cref="AnswerAfterLede"/>), and none after
    /// a lead that holds the asked fact).
    /// </returns>
    public static List<CandidateSentence> Add(List<CandidateSentence> chosen, IReadOnlyList<CandidateSentence> candidates, AnswerType expected,
        int maxSentences, bool datedQuestion = false)
    {
        if (chosen.Count == 0 || chosen.Count >= maxSentences) return chosen;
        var lead = chosen[0];
        var next = candidates.FirstOrDefault(c => c.SentencesAfter(lead) == 1);
        if (next is not null && chosen.Contains(next)) next = null;
        if (lead.Novel.Count == 0) return next is not null && GoesOnAbout(next) ? [lead, next, .. chosen.Skip(1)] : chosen;
        // Read once: the asked-fact test compares the lead with every candidate.
        if (HoldsAskedFact(lead, candidates, expected)) return chosen;
        if (next is not null && SaysMoreOf(next)) return [lead, next, .. chosen.Skip(1)];
        return AnswerAfterLede(lead, chosen, candidates, expected, datedQuestion) is { } answer ? [lead, answer, .. chosen.Skip(1)] : chosen;
    }

    /// <summary>How far after the lede the sentence holding the asked fact may follow.</summary>
    internal const int LedeDistance = 3;

    /// <summary>
    /// "Der Steirer Christoph Strasser gewinnt das Extremradrennen … in neuer Rekordzeit, das erste Nickerchen gönnte sich
    /// der 32-Jährige nach 36 Stunden. … In einer neuen Rekordzeit von 3 Tagen 14 Stunden und 44 Minuten spulte der
    /// 32-jährige Rennradfahrer die 2.200 Kilometer …", "Der serbische Präsident … hatte Anfang des Jahres wissen lassen, dass
    /// er die Kandidatur von Jeremic nicht unterstützen würde. … Jeremic (40) war zwischen 2007 und Mitte 2012 Außenminister
    /// Serbiens": a lede restates the question with a candidate of its own (the length of another part of the race, a vague
    /// date of another event, the figure of another thing), and a sentence a few on in its text, which passes every check a
    /// lead must pass (<see cref="LeadRejection"/>), holds a candidate the lede lacks. That sentence repeats few of the
    /// question's words and scores below the lede, but it holds the asked fact as often as the lede does: it joins the
    /// answer second, when the answer has room (nothing the shaper chose is dropped for it).
    /// </summary>
    /// <remarks>
    /// Only after a lead with a candidate that does not hold the asked fact (<see cref="HoldsAskedFact"/>; <see cref="Add"/>
    /// checks both). Probes: +10 answers, none lost, 199 answers
    /// one sentence longer (153 of them right before); without that check +14, 303 longer (239 right before).
    /// </remarks>
    private static CandidateSentence? AnswerAfterLede(CandidateSentence lead, List<CandidateSentence> chosen, IReadOnlyList<CandidateSentence> candidates,
        AnswerType expected, bool datedQuestion)
    {
        if (expected == AnswerType.Other) return null;
        return candidates.Where(c => c.SentencesAfter(lead) is > 0 and <= LedeDistance && !chosen.Contains(c)
                                     && c.Novel.Any(k => !lead.Novel.Contains(k)) && LeadRejection.Of(c, candidates, expected, datedQuestion) is null)
            .OrderBy(c => c.SentencesAfter(lead)).FirstOrDefault();
    }

    /// <summary>
    /// The lead holds the asked fact: its candidate is a value the detector checks for the asked kind (a name, a figure, a
    /// date, a length of time), and the lead itself says what the question asks of it — the question's verb and what it
    /// asks besides its names, with as much of the question as the sentences that show it best
    /// (<see cref="AnswerShaper.AnchorCoverageShare"/>). "Die SCO wurde 2001 … gegründet" answers "When was the SCO
    /// founded?"; what the next sentence says of the SCO ("Zu ihren 14 Dialogpartnern gehören …") is another fact.
    /// </summary>
    /// <remarks>
    /// A continuation earns its place after a lead chosen for a candidate of another sort: one that shows little of the
    /// question itself and is credited with its names by its article ("A US judge banned Gazprom …" before "…, said Ronald
    /// Smith, an analyst at Renaissance Capital"), one without the question's verb ("Der mutmaßliche Haupttäter ist zwischen
    /// 20 und 25 Jahre alt" before "… ist etwa 1,70 Meter groß"), or one whose dates are only the life dates of the people
    /// it names (<see cref="OnlyLifeDates"/>). Causes and "which X" leads are always continued: their candidates (a clause
    /// after "um … zu", a phrase with the asked head noun) are read loosely, and the next sentence often gives the fact
    /// (XQuAD: dropping them lost 3 answers for 40 padded ones).
    /// Probes, train and XQuAD (all four pairs): of 470 continuations after a lead holding a candidate, 18 held the only
    /// answer; this leaves out 195, 172 of whose leads held the answer already, and none of the 18.
    /// </remarks>
    internal static bool HoldsAskedFact(CandidateSentence lead, IReadOnlyList<CandidateSentence> candidates, AnswerType expected) =>
        expected is not (AnswerType.Reason or AnswerType.Named or AnswerType.Other)
        && lead.ShowsVerb && lead.ShowsPredicate
        && lead.Coverage >= candidates.Max(c => c.Coverage) * AnswerShaper.AnchorCoverageShare
        && !(expected == AnswerType.Date && OnlyLifeDates(lead));

    /// <summary>
    /// Every new date of the sentence is a year of a life-dates bracket after a name ("Joseph Schumpeter (1883–1950)",
    /// "Hobson (1858-1940)"): when its people lived, not when what is asked happened.
    /// </summary>
    private static bool OnlyLifeDates(CandidateSentence sentence)
    {
        var lifeYears = LifeDates().Matches(sentence.Text).SelectMany(m => new[] { m.Groups[1].Value, m.Groups[2].Value }).ToHashSet(StringComparer.Ordinal);
        return lifeYears.Count > 0 && sentence.Novel.All(lifeYears.Contains);
    }

    [GeneratedRegex(@"\((?:\*\s*)?(\d{3,4})\s*[–—-]\s*(?:†\s*)?(\d{3,4})\)")]
    private static partial Regex LifeDates();

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
