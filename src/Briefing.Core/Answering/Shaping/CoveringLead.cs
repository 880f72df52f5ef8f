namespace Briefing.Core.Answering;

/// <summary>
/// The answer when no sentence holds a recognised candidate of the expected type: the sentence that shows the
/// question best, when it shows it well. The candidate detector misses many answers that are there — common nouns
/// ("wird Gemeinde genannt"), descriptions ("den Ruf eines verrückten Wissenschaftlers"), ranges ("von 1870 bis
/// 1939" for "wie lange") — while the question's near-misses that are
/// not answered (a detail the article does not give) show the question less well, or lack what a typed answer
/// needs: a number for "how many", the counted unit, the asked year, the question's names and what is asked about them.
/// </summary>
internal static class CoveringLead
{
    /// <summary>
    /// Share of the question's weighted concepts the sentence itself must show (not counting names credited from its
    /// article). Chosen on the dev train split and the XQuAD answerable questions (bench/README.md, "Abstention").
    /// </summary>
    public const double MinCoverage = 0.5;

    /// <summary>New content terms a sentence needs beyond the question's to not merely restate it.</summary>
    private const int RestatementTerms = 2;

    /// <param name="following">
    /// The sentence is to follow a typed lead (<see cref="AfterWeakLead"/>), not to answer alone: the lead already holds
    /// the asked kind, so a "who" question's sentence need not name anyone. Who did something is often said with a common
    /// noun ("Students thronged to Wittenberg ...", "only pharmacists may supply ..."), which the lead's name does not give;
    /// when, with words the date reader does not take for a date ("in the early nineteenth century", "before World War I").
    /// </param>
    public static CandidateSentence? Of(IReadOnlyList<CandidateSentence> candidates, AnswerType expected, string question,
        IReadOnlySet<string> questionTerms, string language, NameDetector names, bool following = false) =>
        Of(candidates, expected, question, questionTerms, language, names, RestatementTerms, following);

    /// <summary>
    /// The sentence of the articles retrieval ranks well that contests a typed lead from an article it ranks clearly lower
    /// (<see cref="OutranksLead"/>). Against such a lead, a sentence of the well-ranked articles that shows most of the
    /// question and adds a single word of its own gives the answer in that word ("Ein Großteil der Arbeit des Parlaments
    /// wird in Ausschüssen geleistet" for "Wo wird ein Großteil der Arbeit … geleistet?"): the word is a common noun the
    /// typed detector does not mark, and the weaker article's candidate belongs to another story.
    /// </summary>
    public static CandidateSentence? RivalOf(CandidateSentence lead, IReadOnlyList<CandidateSentence> candidates, AnswerType expected, string question,
        IReadOnlySet<string> questionTerms, string language, NameDetector names) =>
        lead.ArticleShare >= AnswerShaper.ClearlyLowerArticleShare ? null
            : Of(candidates.Where(c => c.ArticleShare >= AnswerShaper.ClearlyLowerArticleShare).ToList(), expected, question, questionTerms, language, names,
                RivalRestatementTerms, following: false);

    /// <summary>
    /// The answer to a bare who-question (<see cref="ExpectedAnswerType.AsksWhoBare"/>) when no sentence names anyone: the
    /// sentence that shows the question best, as for an untyped question. Who did something is often a common noun the
    /// name detector does not mark: "Wer analysiert stratigraphische Schnitte wie Bohrkerne?" is answered by "Im Labor
    /// analysieren Stratigraphen Proben von stratigraphischen Schnitten …", "Wer reiste nach Wittenberg, um Luther sprechen
    /// zu hören?" by "Studenten strömten nach Wittenberg …". A name asked for ("Wie hieß der Pensionist …?") or a head noun
    /// ("Welcher Richter …?") still needs a name, and the last check (<see cref="AskedFact"/>) still wants a name or a group
    /// of people in the sentence. Only when no sentence holds a name: a typed lead is never displaced by it (nor by a
    /// better-ranked article's sentence, <see cref="RivalOf"/>: "Wer wird neuer Bürgermeister in Wels?" keeps its named lead).
    /// </summary>
    public static CandidateSentence? ForBareWho(IReadOnlyList<CandidateSentence> candidates, AnswerType expected, string question,
        IReadOnlySet<string> questionTerms, string language, NameDetector names) =>
        expected == AnswerType.Person && ExpectedAnswerType.AsksWhoBare(question)
            ? Of(candidates, expected, question, questionTerms, language, names, RestatementTerms, following: true)
            : null;

    /// <summary>New content terms the rival of a weakly ranked lead needs beyond the question's: the answer's one word.</summary>
    private const int RivalRestatementTerms = 1;

    private static CandidateSentence? Of(IReadOnlyList<CandidateSentence> candidates, AnswerType expected, string question,
        IReadOnlySet<string> questionTerms, string language, NameDetector names, int restatementTerms, bool following)
    {
        // As the typed candidates are read: "how many people" is not answered by a sum of money, "in which year" not by a weekday.
        var countsOnly = AskedUnit.Of(question) is { Kind: AskedUnit.Measure.Count, CountsThings: true };
        var series = OrdinalSeries.IsAsked(question);
        var rate = ExpectedAnswerType.AsksForRate(question);
        var yearOnly = expected == AnswerType.Date && ExpectedAnswerType.AsksForYear(question);
        return candidates
            .Where(c => c.Coverage >= MinCoverage && c.ShowsPredicate && c.ShowsCore && c.ShowsAskedYears && c.ShowsUnit && !c.StatesOnlyOutlook && !c.DatesOnlyPast)
            .Where(c => c.Terms.Count(t => !questionTerms.Contains(t)) >= restatementTerms
                        && ((following && expected is AnswerType.Person or AnswerType.Date) || HoldsKind(c.Text, expected, countsOnly, rate, series, yearOnly, language, names, questionTerms)))
            .OrderByDescending(c => c.Coverage).ThenByDescending(c => c.Score)
            .FirstOrDefault();
    }

    /// <summary>
    /// Share of the covering sentence's coverage below which a typed lead is only loosely about the question: it was
    /// chosen for the candidate it holds, next to or far from the sentence that says what is asked.
    /// </summary>
    private const double WeakLeadShare = 0.75;

    /// <summary>
    /// "Welches Land unterzeichnete 1985 einen Vertrag …?": "Grönland unterzeichnete 1985 einen Vertrag, der dem Land einen
    /// Sonderstatus einräumt." restates the question with its answer in words the detector does not mark as the asked kind,
    /// while a neighbour that lists marked countries ("von Großbritannien, Irland …") shows little of it. When a typed
    /// lead covers less than three quarters of what the covering sentence of its article covers, that sentence follows
    /// the lead in the answer (the lead stays the sentence that holds the asked kind); the answer keeps at most
    /// <paramref name="maxSentences"/>, dropping its last. Causes and untyped questions lead with the sentence that shows
    /// the question best already. A "who" question's covering sentence follows too, with or without a name
    /// (<c>following</c> of <see cref="Of"/>): XQuAD's "who" answers are often common nouns ("Students", "states and governments").
    /// </summary>
    public static List<CandidateSentence> AfterWeakLead(List<CandidateSentence> chosen, CandidateSentence? covering, AnswerType expected, int maxSentences)
    {
        // Only within the lead's article: another article's restatement is about something else that sounds alike.
        if (expected is AnswerType.Other or AnswerType.Reason || covering is null || chosen.Count == 0 || chosen.Contains(covering)
            || covering.Hit.Article.Id != chosen[0].Hit.Article.Id || chosen[0].Coverage >= covering.Coverage * WeakLeadShare) return chosen;
        return [chosen[0], covering, .. chosen.Skip(1).Take(maxSentences - 2)];
    }

    /// <summary>
    /// A typed lead from an article retrieval ranks clearly lower (<see cref="AnswerShaper.ClearlyLowerArticleShare"/>)
    /// that shows the question less than the covering sentence of a better-ranked article is another story's figure or
    /// name: the covering sentence answers instead. Less, not "much less": both rankings then point to the better-ranked
    /// article ("In 2000, ABC launched a web-based campaign focused around its circle logo" over another ABC article's
    /// "theme tune ... on par with the NBC chimes", 0.67 against 0.58).
    /// </summary>
    public static bool OutranksLead(CandidateSentence lead, CandidateSentence? covering) =>
        covering is not null && lead.ArticleShare < AnswerShaper.ClearlyLowerArticleShare && covering.ArticleShare >= AnswerShaper.ClearlyLowerArticleShare
        && lead.Coverage < covering.Coverage;

    /// <summary>
    /// A count, an amount or a length is written with a number, a point in time with a date word: a sentence without one
    /// cannot give it. The question's own number is no answer: "Wie viele der 200 Beschäftigten verlieren ihren Job?" is
    /// not answered by "eine Druckerei, in der 200 Beschäftigte arbeiten".
    /// </summary>
    private static bool HoldsKind(string text, AnswerType expected, bool countsOnly, bool rate, bool series, bool yearOnly, string language, NameDetector names,
        IReadOnlySet<string> questionTerms) => expected switch
    {
        AnswerType.Number => AnswerCandidates.Of(text, AnswerType.Number, language, names, countsOnly: countsOnly, percentOnly: rate, seriesAsked: series).Any(k => !questionTerms.Contains(k)),
        // A place in a ranking is written as one ("Platz 7", "finished fourth"): a sentence without one does not give it.
        AnswerType.Rank => AnswerCandidates.Of(text, AnswerType.Rank, language, names).Count > 0,
        // A length of time is a figure with a unit of time ("23 Sekunden") or runs between points in time ("von 1870 bis
        // 1939"): "Wie lange bleiben die Kampfjets in Litauen?" is not answered by "zwei F-22-Kampfflugzeuge nach Litauen entsandt".
        AnswerType.Duration => AnswerCandidates.Of(text, AnswerType.Number, language, names).Any(k => !questionTerms.Contains(k))
                               && (MeasureUnits.StatesDuration(text) || AnswerCandidates.Of(text, AnswerType.Date, language, names).Count > 0),
        // A person is named, and names are what the detector reads best: "Wie hieß der Pensionist, der ertrunken ist?"
        // is not answered by "ein Pensionist ist ums Leben gekommen".
        AnswerType.Person => false,
        AnswerType.Date => AnswerCandidates.Of(text, AnswerType.Date, language, names).Any(k => !yearOnly || AnswerCandidates.IsYear(k)),
        _ => true,
    };
}
