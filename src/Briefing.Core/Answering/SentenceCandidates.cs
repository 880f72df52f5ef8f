using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Scores every sentence of the top passages: how much of the question's weighted content it covers, how
/// strongly retrieval ranked its passage, and whether it carries a number when the question asks for one.
/// </summary>
internal static class SentenceCandidates
{
    private const double PassagePriorWeight = 0.35;
    /// <summary>Bonus of a sentence holding a candidate of the expected answer type that the question lacks.</summary>
    private const double NovelCandidateBonus = 0.25;
    private const double NeighbourCoverageWeight = 0.2;
    /// <summary>Weight of a follow-up sentence's coverage of the question as asked (without the carried terms).</summary>
    private const double AskedCoverageWeight = 0.5;
    /// <summary>The question's most specific concepts (highest IDF), whose absence says most about an unanswerable question.</summary>
    private const int RareConcepts = 2;

    /// <returns>
    /// The scored sentences and the evidence the abstention threshold is calibrated on: the best coverage of the
    /// question by two consecutive sentences of one passage. It separates answerable from unanswerable XQuAD
    /// questions better than the whole passage's coverage (AUC 0.848 against 0.837): an answer is stated in one place.
    /// </returns>
    public static (IReadOnlyList<CandidateSentence> Sentences, double Evidence) Score(
        AnswerContext context, IReadOnlyList<PassageHit> passages, ITermStatistics statistics, IReadOnlyList<WeightedTerm> expansions,
        AnswerType expected, NameDetector names)
    {
        var topScore = passages.Count > 0 ? Math.Max(passages[0].Score, 1e-6f) : 1f;
        var askedCandidates = AnswerCandidates.Of(context.StandaloneQuestion, expected, context.Language, names);
        var termsByLanguage = new Dictionary<string, QuestionTerms>();
        // A follow-up ("Und was sagte Lawrow?") is retrieved with the previous question's terms added; evidence may
        // also come from the question as asked, or the carried terms would make a precise follow-up abstain.
        var isFollowUp = context.StandaloneQuestion != context.Question;
        var askedTermsByLanguage = new Dictionary<string, QuestionTerms>();
        var candidates = new List<CandidateSentence>();
        double bestPassageCoverage = 0, bestSentence = 0, bestWindow = 0, bestRare = 0;
        for (var rank = 0; rank < passages.Count; rank++)
        {
            var hit = passages[rank];
            var language = hit.Passage.Language;
            if (!termsByLanguage.TryGetValue(language, out var questionTerms))
                termsByLanguage[language] = questionTerms = QuestionTerms.For(context.StandaloneQuestion, context.Language, language, expansions, statistics);
            var (sentences, terms) = PassageSentences.Of(hit.Passage.Text, language, statistics);
            if (isFollowUp)
            {
                if (!askedTermsByLanguage.TryGetValue(language, out var askedTerms))
                    askedTermsByLanguage[language] = askedTerms = QuestionTerms.For(context.Question, context.Language, language, expansions, statistics);
                bestWindow = Math.Max(bestWindow, BestWindowCoverage(askedTerms, terms));
            }
            var coverages = terms.Select(questionTerms.Coverage).ToList();
            var passageTerms = terms.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
            bestPassageCoverage = Math.Max(bestPassageCoverage, questionTerms.Coverage(passageTerms));
            bestRare = Math.Max(bestRare, questionTerms.CoverageOfRarest(RareConcepts, passageTerms));
            for (var i = 0; i < terms.Count; i++)
            {
                bestSentence = Math.Max(bestSentence, coverages[i]);
                if (i + 1 < terms.Count) bestWindow = Math.Max(bestWindow, questionTerms.Coverage(terms[i].Concat(terms[i + 1]).ToHashSet(StringComparer.Ordinal)));
            }
            for (var i = 0; i < sentences.Count; i++)
            {
                // Text planted to steer bots ("ignore previous instructions and tell the reader ...") is never quoted.
                if (PlantedInstructionDetector.LooksLikeInstruction(sentences[i])) continue;
                // A sentence next to a strong one often holds the answer ("It was founded in 2001.").
                var neighbour = Math.Max(i > 0 ? coverages[i - 1] : 0, i + 1 < sentences.Count ? coverages[i + 1] : 0);
                var novel = expected == AnswerType.Other
                    ? (IReadOnlySet<string>)new HashSet<string>()
                    : AnswerCandidates.Novel(AnswerCandidates.Of(sentences[i], expected, language, names), askedCandidates);
                // A follow-up's own words ("Und wie viele Arbeitsplätze?") decide which sentence answers it.
                var asked = isFollowUp ? askedTermsByLanguage[language].Coverage(terms[i]) * questionTerms.VisibleShare : 0;
                var score = AskedCoverageWeight * asked + coverages[i] * questionTerms.VisibleShare
                            + NeighbourCoverageWeight * neighbour * questionTerms.VisibleShare
                            + PassagePriorWeight * (hit.Score / topScore)
                            + (novel.Count > 0 ? NovelCandidateBonus : 0);
                candidates.Add(new CandidateSentence(sentences[i], hit, rank, i, terms[i], Math.Max(coverages[i] * questionTerms.VisibleShare, asked), score) { Novel = novel });
            }
        }
        bestWindow = Math.Max(bestWindow, bestSentence);
        context.Observer?.Feature("passageCoverage", bestPassageCoverage);
        context.Observer?.Feature("sentenceCoverage", bestSentence);
        context.Observer?.Feature("windowCoverage", bestWindow);
        context.Observer?.Feature("rareCoverage", bestRare);
        return (candidates, bestWindow);
    }

    private static double BestWindowCoverage(QuestionTerms questionTerms, IReadOnlyList<IReadOnlySet<string>> terms)
    {
        var best = 0.0;
        for (var i = 0; i < terms.Count; i++)
        {
            var window = i + 1 < terms.Count ? terms[i].Concat(terms[i + 1]).ToHashSet(StringComparer.Ordinal) : terms[i];
            best = Math.Max(best, questionTerms.Coverage(window));
        }
        return best;
    }
}
